package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code [tx_execute] enable_parallel=false}: the serial path runs the same workload (same seed:
 * same accounts and transfers) to the same final balances as the DAG-parallel path.
 */
class TpsHarnessSerialExecutionTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {DagTransferWorkload.NAME, ParallelOkWorkload.NAME})
  @Timeout(120)
  void serialExecutionEndsWithTheBalancesOfParallelExecution(String workload, @TempDir Path dir)
      throws Exception {
    HarnessRun parallel;
    try (LocalChain chain = LocalChain.start(dir.resolve("parallel"), 1, false, true)) {
      parallel = HarnessRun.against(chain, workload, 200, 20, 23).assertPassed(200);
    }
    HarnessRun serial;
    try (LocalChain chain = LocalChain.start(dir.resolve("serial"), 1, false, false)) {
      serial = HarnessRun.against(chain, workload, 200, 20, 23).assertPassed(200);
    }
    assertThat(serial.report().balances()).hasSize(20).isEqualTo(parallel.report().balances());
  }
}
