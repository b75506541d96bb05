package org.jbcos.tools.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbcos.tools.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvmCommandTest {
  record Result(int exitCode, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  @TempDir Path dir;

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Result(code, out.toString().replace("\r\n", "\n"), err.toString());
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void passingFileEndsWithTheCounts() throws Exception {
    Path file =
        write(
            "ok.json", StateFixtures.invalidGasTest("gasTooHigh", StateFixtures.SENDER_ONLY_ROOT));

    Result r = run("evm", "state-test", file.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).isEqualTo("2 passed, 0 failed\n");
  }

  @Test
  void verbosePrintsPassingCases() throws Exception {
    Path file =
        write(
            "ok.json", StateFixtures.invalidGasTest("gasTooHigh", StateFixtures.SENDER_ONLY_ROOT));

    Result r = run("evm", "state-test", "--verbose", file.toString());

    assertThat(r.out())
        .isEqualTo(
            "PASS "
                + file
                + " gasTooHigh d=0 g=0 v=0\nPASS "
                + file
                + " gasTooHigh d=0 g=1 v=0\n2 passed, 0 failed\n");
  }

  @Test
  void failingCasesGetOneLineEachAndExitCodeOne() throws Exception {
    String wrong = "0x" + "22".repeat(32);
    Path file = write("bad.json", StateFixtures.invalidGasTest("wrongRoot", wrong));

    Result r = run("evm", "state-test", file.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines())
        .containsExactly(
            "FAIL "
                + file
                + " wrongRoot d=0 g=0 v=0: root expected "
                + wrong
                + " actual "
                + StateFixtures.SENDER_ONLY_ROOT,
            "FAIL "
                + file
                + " wrongRoot d=0 g=1 v=0: root expected "
                + wrong
                + " actual "
                + StateFixtures.SENDER_ONLY_ROOT,
            "0 passed, 2 failed");
  }

  @Test
  void foldersAreSearchedRecursivelyAndFilterSelectsByName() throws Exception {
    write("a/one.json", StateFixtures.invalidGasTest("first", StateFixtures.SENDER_ONLY_ROOT));
    write("a/b/two.json", StateFixtures.invalidGasTest("second", StateFixtures.SENDER_ONLY_ROOT));
    write("a/b/notes.txt", "not a test");

    assertThat(run("evm", "state-test", dir.resolve("a").toString()).lastLine())
        .isEqualTo("4 passed, 0 failed");
    assertThat(run("evm", "state-test", "--filter", "^sec", dir.toString()).lastLine())
        .isEqualTo("2 passed, 0 failed");
  }

  @Test
  void testsWithoutThePostStatesOfTheForkAreSkipped() throws Exception {
    Path file =
        write(
            "other.json",
            StateFixtures.invalidGasTest("t", StateFixtures.SENDER_ONLY_ROOT)
                .replace("\"ConstantinopleFix\"", "\"Frontier\""));

    Result r = run("evm", "state-test", file.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("0 passed, 0 failed\n");
  }

  @Test
  void malformedJsonIsOneFailingLineWithoutAStackTrace() throws Exception {
    Path broken = write("broken.json", "{ \"t\": { \"env\": ");
    Path ok = write("ok.json", StateFixtures.invalidGasTest("t", StateFixtures.SENDER_ONLY_ROOT));

    Result r = run("evm", "state-test", broken.toString(), ok.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith("FAIL " + broken + ": not valid JSON: ");
    assertThat(r.lastLine()).isEqualTo("2 passed, 1 failed");
    assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aMissingPathIsAFailure() {
    Result r = run("evm", "state-test", dir.resolve("nope.json").toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "FAIL " + dir.resolve("nope.json") + ": no such file or folder\n0 passed, 1 failed\n");
  }

  @Test
  void anotherForkIsAUsageError() throws Exception {
    Path file = write("ok.json", StateFixtures.invalidGasTest("t", StateFixtures.SENDER_ONLY_ROOT));

    Result r = run("evm", "state-test", "--fork", "Byzantium", file.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'Byzantium' is not supported", "ConstantinopleFix");
  }

  @Test
  void aBadRegexIsAUsageError() {
    Result r = run("evm", "state-test", "--filter", "(", dir.toString());

    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void runRejectsBadHexOnOneLine() {
    Result r = run("evm", "run", "--code", "0x60zz");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: --code is not hex").endsWith("\n");
    assertThat(r.err().strip()).doesNotContain("\n");
  }

  @Test
  void runRejectsBadInputHex() {
    Result r = run("evm", "run", "--code", "0x00", "--input", "abc");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: --input is not hex");
  }

  @Test
  void runPrintsOutputGasAndHalt() {
    // PUSH1 0x2a PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
    Result r = run("evm", "run", "--code", "0x602a60005260206000f3", "--gas", "100000");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .containsExactly("output: 0x" + "00".repeat(31) + "2a", "gas used: 18", "halt: SUCCESS");
  }

  @Test
  void runPrintsLogsAndTheHaltReasonOfAFailure() {
    // PUSH1 7 PUSH1 0 PUSH1 0 LOG1, then INVALID
    Result r = run("evm", "run", "--code", "0x6007600060006000a1fe");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("halt: INVALID_INSTRUCTION", "gas used: 10000000");
  }

  @Test
  void runWithSmHashesWithSm3() {
    // SHA3 of empty memory, returned: PUSH1 0 PUSH1 0 SHA3 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
    String code = "0x600060002060005260206000f3";

    Result keccak = run("evm", "run", "--code", code);
    Result sm3 = run("evm", "run", "--code", code, "--sm");

    assertThat(keccak.out())
        .contains("output: 0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    assertThat(sm3.out())
        .contains("output: 0x1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
  }

  @Test
  void helpDescribesTheCommands() {
    Result evm = run("evm", "--help");
    Result stateTest = run("evm", "state-test", "--help");
    Result runHelp = run("evm", "run", "--help");

    assertThat(evm.out()).contains("state-test", "run", "GeneralStateTests");
    assertThat(stateTest.out()).contains("--fork", "--filter", "--verbose", "N passed, M failed");
    assertThat(runHelp.out()).contains("--code", "--input", "--gas", "--sm", "SM3");
    assertThat(run("--help").out()).contains("evm");
  }
}
