package org.jbcos.tools.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.chain.ChainFixtures.assertBashSyntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated scripts driven against a fake launcher that behaves like a node: prints the started
 * line and runs until SIGTERM, fails at once, or never reports.
 */
class NodeScriptsTest {
  private static final String FAKE_LAUNCHER =
      """
      #!/usr/bin/env bash
      [ "$1" = version ] && exit 0
      case "$(cat "$(dirname "$0")/mode")" in
        ok)
          trap 'echo "stopping"; exit 0' TERM
          echo "loading config.ini"
          echo "JBCOS node started: 1 group"
          while true; do sleep 0.1; done ;;
        silent)
          trap 'exit 0' TERM
          while true; do sleep 0.1; done ;;
        *)
          echo "error: config.ini [p2p] listen_port: must be an integer between 1 and 65535"
          exit 1 ;;
      esac
      """;

  @TempDir Path dir;
  Path launcher;
  final List<Path> nodeDirs = new ArrayList<>();

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void chain() throws IOException {
    Path home = dir.resolve("it's home");
    launcher = home.resolve("jbcos");
    ChainFiles.writeScript(launcher, FAKE_LAUNCHER);
    mode("ok");
    for (int i = 0; i < 2; i++) {
      Path node = dir.resolve("127.0.0.1/node" + i);
      ChainFiles.write(node.resolve("config.ini"), "[rpc]\n");
      ChainFiles.writeScript(node.resolve("start.sh"), NodeScripts.startSh(launcher));
      ChainFiles.writeScript(node.resolve("stop.sh"), NodeScripts.stopSh());
      nodeDirs.add(node);
    }
    ChainFiles.writeScript(dir.resolve("127.0.0.1/start_all.sh"), NodeScripts.startAllSh(launcher));
    ChainFiles.writeScript(dir.resolve("127.0.0.1/stop_all.sh"), NodeScripts.stopAllSh());
    Files.createDirectories(dir.resolve("127.0.0.1/sdk"));
  }

  /** Kills what the tests started and left running, by the pids the scripts recorded. */
  @AfterEach
  void killLeftovers() throws Exception {
    for (Path node : nodeDirs) {
      Path pidFile = node.resolve("node.pid");
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private void mode(String mode) throws IOException {
    Files.writeString(launcher.resolveSibling("mode"), mode);
  }

  private Run run(Path script, Map<String, String> env) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(env);
    int code = builder.start().waitFor();
    return new Run(code, Files.readString(out), Files.readString(err));
  }

  private Run run(Path script) throws Exception {
    return run(script, Map.of());
  }

  private static long pid(Path node) throws IOException {
    return Long.parseLong(Files.readString(node.resolve("node.pid")).trim());
  }

  /**
   * Whether the process runs: not gone and not a zombie (this machine's init may reap exited
   * processes late, and Java counts zombies as alive).
   */
  private static boolean running(long pid) throws IOException {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return false;
    }
    String text = Files.readString(stat);
    return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
  }

  @Test
  void allScriptsParse() throws Exception {
    for (String script :
        List.of("start_all.sh", "stop_all.sh", "node0/start.sh", "node0/stop.sh")) {
      assertBashSyntax(dir.resolve("127.0.0.1").resolve(script));
    }
  }

  @Test
  void startWaitsForTheStartedLineAndStopEndsTheNode() throws Exception {
    Path node = nodeDirs.get(0);

    Run start = run(node.resolve("start.sh"));

    assertThat(start.exitCode()).as(start.err()).isZero();
    assertThat(start.out()).contains("node0 start successfully");
    long pid = pid(node);
    assertThat(running(pid)).isTrue();
    assertThat(ProcessHandle.of(pid).orElseThrow().info().commandLine().orElse(""))
        .contains("node -c config.ini");

    Run again = run(node.resolve("start.sh"));
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("node0 is running, pid is " + pid);

    Run stop = run(node.resolve("stop.sh"));
    assertThat(stop.exitCode()).as(stop.err()).isZero();
    assertThat(stop.out()).contains("stop node0 success");
    assertThat(node.resolve("node.pid")).doesNotExist();
    assertThat(running(pid)).isFalse();
    assertThat(Files.readString(node.resolve("nohup.out"))).contains("stopping");

    assertThat(run(node.resolve("stop.sh")).out()).contains("node0 isn't running");
  }

  @Test
  void startFailsWithTheNodesOutputWhenTheNodeExits() throws Exception {
    Path node = nodeDirs.get(0);
    Files.writeString(node.resolve("nohup.out"), "JBCOS node started (an earlier run)\n");
    mode("fail");

    Run start = run(node.resolve("start.sh"));

    assertThat(start.exitCode()).isEqualTo(1);
    assertThat(start.err())
        .contains("node0 exited while starting")
        .contains("error: config.ini [p2p] listen_port")
        .doesNotContain("an earlier run");
    assertThat(node.resolve("node.pid")).doesNotExist();
  }

  @Test
  void startGivesUpAfterTheTimeoutAndLeavesTheNodeToStopSh() throws Exception {
    Path node = nodeDirs.get(0);
    mode("silent");

    Run start = run(node.resolve("start.sh"), Map.of("JBCOS_START_TIMEOUT", "1"));

    assertThat(start.exitCode()).isEqualTo(1);
    assertThat(start.err()).contains("did not print \"JBCOS node started\" within 1s");
    long pid = pid(node);
    assertThat(start.err()).contains("still running as pid " + pid);
    assertThat(run(node.resolve("stop.sh")).exitCode()).isZero();
  }

  @Test
  void startAllAndStopAllHandleEveryNode() throws Exception {
    Run start = run(dir.resolve("127.0.0.1/start_all.sh"));

    assertThat(start.exitCode()).as(start.out() + start.err()).isZero();
    assertThat(start.out())
        .contains("try to start node0", "try to start node1", "node1 start successfully")
        .doesNotContain("sdk");
    for (Path node : nodeDirs) {
      assertThat(node.resolve("node.pid")).exists();
    }

    Run stop = run(dir.resolve("127.0.0.1/stop_all.sh"));

    assertThat(stop.exitCode()).as(stop.out() + stop.err()).isZero();
    assertThat(stop.out()).contains("stop node0 success", "stop node1 success");
  }

  @Test
  void startAllFailsIfANodeFails() throws Exception {
    mode("fail");

    assertThat(run(dir.resolve("127.0.0.1/start_all.sh")).exitCode()).isEqualTo(1);
  }

  @Test
  void quotesPathsForBash() throws Exception {
    String path = "/tmp/a b/it's $HOME `x`/jbcos";
    Process process =
        new ProcessBuilder("bash", "-c", "X=" + NodeScripts.quote(path) + "; printf %s \"$X\"")
            .start();
    String printed = new String(process.getInputStream().readAllBytes());

    assertThat(process.waitFor()).isZero();
    assertThat(printed).isEqualTo(path);
  }
}
