package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.jbcos.node.rpc.NodeRpc;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.tools.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness against a real one-node chain started in-process: a short run must pass. The node is
 * given twice as a peer, so two SDK clients share the transfers round-robin.
 */
class TpsHarnessTest {
  @Test
  @Timeout(120)
  void twoHundredTransfersCommitAndTheBalancesHold(@TempDir Path dir) throws Exception {
    int base = 20000 + ThreadLocalRandom.current().nextInt(20000);
    Path out = dir.resolve("nodes");
    StringWriter err = new StringWriter();
    assertThat(
            Main.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(
                    "build-chain",
                    "-l",
                    "127.0.0.1:1",
                    "-o",
                    out.toString(),
                    "-p",
                    base + "," + (base + 100) + "," + (base + 200)))
        .as(err.toString())
        .isZero();

    try (NodeRuntime node = NodeRuntime.start(out.resolve("127.0.0.1/node0/config.ini"));
        NodeRpc rpc = NodeRpc.start(node)) {
      StringWriter text = new StringWriter();
      TpsHarness harness = new TpsHarness();
      int exit =
          new picocli.CommandLine(harness)
              .setOut(new PrintWriter(text, true))
              .setErr(new PrintWriter(text, true))
              .execute(
                  "--sdk-dir",
                  out.resolve("127.0.0.1/sdk").toString(),
                  "--peers",
                  "127.0.0.1:" + rpc.channelPort() + ",127.0.0.1:" + rpc.channelPort(),
                  "--count",
                  "200",
                  "--accounts",
                  "20",
                  "--in-flight",
                  "50",
                  "--timeout",
                  "60");
      System.out.print(text);
      TpsReport report = harness.report;
      assertThat(report).as(text.toString()).isNotNull();
      assertThat(exit).as(text.toString()).isZero();
      assertThat(report.sent()).isEqualTo(200);
      assertThat(report.committedOk()).as(text.toString()).isEqualTo(200);
      assertThat(report.failures()).isEmpty();
      assertThat(report.timedOut()).isFalse();
      assertThat(report.actualSum()).isEqualTo(report.expectedSum());
      assertThat(report.balanceMismatches()).isZero();
      assertThat(report.firstBlock()).isPositive();
      assertThat(report.lastBlock()).isGreaterThanOrEqualTo(report.firstBlock());
      assertThat(report.txsInBlocks()).isGreaterThanOrEqualTo(200);
      assertThat(report.chainTps()).isPositive();
      assertThat(text.toString()).contains("2 client(s)").contains("result:            PASS");
    }
  }
}
