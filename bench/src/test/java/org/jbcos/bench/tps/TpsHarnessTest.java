package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The harness against a real one-node chain started in-process: a short run of each workload must
 * pass, on ECDSA and (for the parallel workloads) on SM. The node is given twice as a peer, so two
 * SDK clients share the transfers round-robin.
 */
class TpsHarnessTest {
  @ParameterizedTest(name = "{0}, sm={1}")
  @CsvSource({"transfer, false", "parallel-ok, false", "parallel-ok, true", "dag-transfer, true"})
  @Timeout(120)
  void twoHundredTransfersCommitAndTheBalancesHold(String workload, boolean sm, @TempDir Path dir)
      throws Exception {
    try (LocalChain chain = LocalChain.start(dir, 1, sm, true)) {
      String node = chain.peers();
      HarnessRun run =
          HarnessRun.against(chain, node + "," + node, workload, 200, 20, 7).assertPassed(200);
      assertThat(run.report().workload()).isEqualTo(workload);
      assertThat(run.report().crypto()).startsWith(sm ? "SM" : "ECDSA");
      assertThat(run.report().chainTps()).isPositive();
      assertThat(run.text()).contains("2 client(s)");
    }
  }

  /**
   * dag-transfer on ECDSA, then the same seed again on the same chain: its userAdd calls return
   * -51403 (user already exists) in receipts of status 0, and the harness must see them as failed.
   */
  @Test
  @Timeout(120)
  void dagTransferCommitsAndANonzeroReturnCodeCountsAsFailed(@TempDir Path dir) throws Exception {
    try (LocalChain chain = LocalChain.start(dir, 1, false, true)) {
      String node = chain.peers();
      HarnessRun.against(chain, node + "," + node, DagTransferWorkload.NAME, 200, 20, 7)
          .assertPassed(200);

      HarnessRun again = HarnessRun.against(chain, DagTransferWorkload.NAME, 10, 5, 7);
      assertThat(again.exit()).as(again.text()).isEqualTo(2);
      assertThat(again.text())
          .contains("failed: 0x0 DagTransfer code -51403 (user already exists)");
    }
  }

  @Test
  void helpDescribesTheWorkloads() {
    StringWriter text = new StringWriter();
    int exit = TpsHarness.commandLine().setOut(new PrintWriter(text, true)).execute("--help");
    assertThat(exit).isZero();
    assertThat(text.toString())
        .contains("--workload", "transfer", "parallel-ok", "dag-transfer", "0x5002", "0x1006");
  }

  @Test
  void rejectsAnUnknownWorkload() {
    StringWriter err = new StringWriter();
    int exit =
        TpsHarness.commandLine()
            .setErr(new PrintWriter(err, true))
            .execute("--workload", "nope", "--sdk-dir", ".");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("transfer, parallel-ok, dag-transfer");
  }
}
