package org.jbcos.tools.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Word;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StateTestRunnerTest {
  private final StateTestRunner runner = new StateTestRunner();
  private final StateTestLoader loader = new StateTestLoader();

  @Test
  void aTransactionAboveTheBlockGasLimitLeavesThePreState() throws Exception {
    StateTest test =
        loader
            .parse(
                Path.of("t.json"),
                StateFixtures.invalidGasTest("gas", StateFixtures.SENDER_ONLY_ROOT))
            .get(0);

    List<CaseResult> results = runner.run(test);

    assertThat(results)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.passed()).as(r.describe()).isTrue());
    assertThat(results.get(0).describe()).isEqualTo("PASS t.json gas d=0 g=0 v=0");
  }

  @Test
  void aNonceBeyond64BitsIsInvalidAndLeavesThePreState() throws Exception {
    String json =
        StateFixtures.invalidGasTest("nonce", StateFixtures.SENDER_ONLY_ROOT)
            .replace(
                "\"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\"",
                "\"0x061a80\"")
            .replace("\"nonce\": \"0x00\",\n", "\"nonce\": \"0x010000000000000000\",\n");
    StateTest test = loader.parse(Path.of("t.json"), json).get(0);

    CaseResult result = runner.run(test).get(0);

    assertThat(result.passed()).as(result.describe()).isTrue();
  }

  @Test
  void aWrongRootIsReportedWithBothValues() throws Exception {
    String wrong = "0x" + "11".repeat(32);
    StateTest test =
        loader.parse(Path.of("t.json"), StateFixtures.invalidGasTest("gas", wrong)).get(0);

    CaseResult result = runner.run(test).get(1);

    assertThat(result.passed()).isFalse();
    assertThat(result.describe())
        .isEqualTo(
            "FAIL t.json gas d=0 g=1 v=0: root expected "
                + wrong
                + " actual "
                + StateFixtures.SENDER_ONLY_ROOT);
  }

  @Test
  void anIndexOutOfRangeIsAFailureNotAnException() throws Exception {
    StateTest test =
        loader
            .parse(
                Path.of("t.json"),
                StateFixtures.invalidGasTest("gas", StateFixtures.SENDER_ONLY_ROOT))
            .get(0);
    StateTest.PostState bad =
        new StateTest.PostState(
            5,
            0,
            0,
            Word.fromHex(StateFixtures.SENDER_ONLY_ROOT),
            Word.fromHex(StateFixtures.EMPTY_LOGS));

    CaseResult result = runner.run(test, bad);

    assertThat(result.passed()).isFalse();
    assertThat(result.error()).contains("index out of range of the tx");
  }

  @Test
  void aTestWithoutThePostStatesOfTheForkHasNothingToRun() throws Exception {
    String json =
        StateFixtures.invalidGasTest("gas", StateFixtures.SENDER_ONLY_ROOT)
            .replace("\"ConstantinopleFix\"", "\"Homestead\"");
    StateTest test = loader.parse(Path.of("t.json"), json).get(0);

    assertThat(runner.expectations(test)).isEmpty();
    assertThat(runner.run(test)).isEmpty();
  }

  @Test
  void runsARealFixture() throws Exception {
    Optional<Path> root = StateFixtures.generalStateTests();
    Assumptions.assumeTrue(root.isPresent(), "shared/fixtures not found");
    StateTest add11 = loader.load(root.get().resolve("stExample/add11.json")).get(0);

    CaseResult result = runner.run(add11).get(0);

    assertThat(result.passed()).as(result.describe()).isTrue();
  }

  @Test
  void onlyConstantinopleFixIsSupported() {
    assertThat(runner.fork()).isEqualTo("ConstantinopleFix");
    assertThatThrownBy(() -> new StateTestRunner("Byzantium"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Byzantium' is not supported")
        .hasMessageContaining("ConstantinopleFix");
  }

  @Test
  void blockHashesAreTheKeccakOfTheDecimalNumber() {
    // keccak256("0") and keccak256("1") as ASCII
    assertThat(StateTestRunner.blockHash(0).toHex())
        .isEqualTo("0x044852b2a670ade5407e78fb2863c51de9fcb96542a07186fe3aeda6bb8a116d");
    assertThat(Hex.encode(StateTestRunner.blockHash(1).toBytes()))
        .isEqualTo("c89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6");
  }
}
