package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [tx_execute] enable_parallel=false}: the serial path runs the parallel workloads (same
 * seed: same accounts and transfers) to the same final balances as the DAG-parallel path.
 */
class TpsHarnessSerialExecutionTest {
  private static final List<String> WORKLOADS =
      List.of(DagTransferWorkload.NAME, ParallelOkWorkload.NAME);

  @Test
  @Timeout(120)
  void serialExecutionEndsWithTheBalancesOfParallelExecution(@TempDir Path dir) throws Exception {
    Map<String, List<BigInteger>> parallel = balancesAfterRuns(dir.resolve("parallel"), true);
    Map<String, List<BigInteger>> serial = balancesAfterRuns(dir.resolve("serial"), false);
    assertThat(serial.get(DagTransferWorkload.NAME)).hasSize(20);
    assertThat(serial).isEqualTo(parallel);
  }

  /** Each workload's balances after 200 transfers on a fresh one-node chain. */
  private static Map<String, List<BigInteger>> balancesAfterRuns(Path dir, boolean parallel)
      throws Exception {
    Map<String, List<BigInteger>> balances = new LinkedHashMap<>();
    try (LocalChain chain = LocalChain.start(dir, 1, false, parallel)) {
      for (String workload : WORKLOADS) {
        HarnessRun run = HarnessRun.against(chain, workload, 200, 20, 23).assertPassed(200);
        balances.put(workload, run.report().balances());
      }
    }
    return balances;
  }
}
