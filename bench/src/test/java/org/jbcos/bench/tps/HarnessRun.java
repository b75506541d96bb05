package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One run of the harness from its command line, with what it printed and reported. */
record HarnessRun(int exit, TpsReport report, String text) {
  /**
   * Runs {@code --workload workload} against every node of {@code chain} (one SDK client each) with
   * {@code --count} transfers between {@code --accounts} accounts and the given seed.
   */
  static HarnessRun against(LocalChain chain, String workload, int count, int accounts, long seed) {
    return against(chain, chain.peers(), workload, count, accounts, seed);
  }

  /** As {@link #against(LocalChain, String, int, int, long)}, with these {@code --peers}. */
  static HarnessRun against(
      LocalChain chain, String peers, String workload, int count, int accounts, long seed) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--sdk-dir",
                chain.sdkDir().toString(),
                "--peers",
                peers,
                "--workload",
                workload,
                "--count",
                Integer.toString(count),
                "--accounts",
                Integer.toString(accounts),
                "--seed",
                Long.toString(seed),
                "--in-flight",
                "200",
                "--timeout",
                "60"));
    StringWriter text = new StringWriter();
    TpsHarness harness = new TpsHarness();
    int exit =
        new CommandLine(harness)
            .setOut(new PrintWriter(text, true))
            .setErr(new PrintWriter(text, true))
            .execute(args.toArray(String[]::new));
    System.out.print(text);
    return new HarnessRun(exit, harness.report, text.toString());
  }

  /** Every transfer committed OK and each balance read back is what the OK receipts imply. */
  HarnessRun assertPassed(int count) {
    assertThat(report).as(text).isNotNull();
    assertThat(exit).as(text).isZero();
    assertThat(report.sent()).isEqualTo(count);
    assertThat(report.committedOk()).as(text).isEqualTo(count);
    assertThat(report.failures()).as(text).isEmpty();
    assertThat(report.timedOut()).isFalse();
    assertThat(report.actualSum()).isEqualTo(report.expectedSum());
    assertThat(report.balanceMismatches()).isZero();
    assertThat(report.firstBlock()).isPositive();
    assertThat(report.lastBlock()).isGreaterThanOrEqualTo(report.firstBlock());
    assertThat(report.txsInBlocks()).isGreaterThanOrEqualTo(count);
    assertThat(text).contains("workload:          " + report.workload(), "result:            PASS");
    return this;
  }
}
