package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jbcos.ledger.Ledger;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.storage.TableInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four PBFT sealers in this JVM (real TLS P2P on loopback), the harness's SDK clients spread over
 * all four channel ports: the parallel workloads commit, the balances hold, every node ends with
 * the same blocks and has ParallelOk's functions registered.
 */
class TpsHarnessFourSealersTest {
  @Test
  @Timeout(150)
  void dagTransferAndParallelOkCommitTheSameBlocksOnEveryNode(@TempDir Path dir) throws Exception {
    try (LocalChain chain = LocalChain.start(dir, 4, false, true)) {
      assertThat(chain.peers().split(",")).hasSize(4);
      HarnessRun dag =
          HarnessRun.against(chain, DagTransferWorkload.NAME, 200, 20, 11).assertPassed(200);
      assertThat(dag.text()).contains("4 client(s)");
      HarnessRun parallelOk =
          HarnessRun.against(chain, ParallelOkWorkload.NAME, 200, 20, 11).assertPassed(200);
      assertThat(parallelOk.text()).contains("4 client(s)");
      assertSameBlocksOnEveryNode(chain.nodes());
      assertParallelFunctionsRegisteredOnEveryNode(chain.nodes(), parallelOk.report().target());
    }
  }

  /** Waits for every node to reach the highest head, then compares each block's hash. */
  private static void assertSameBlocksOnEveryNode(List<NodeRuntime> nodes)
      throws InterruptedException {
    long height = nodes.stream().mapToLong(n -> ledger(n).blockNumber()).max().orElseThrow();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (nodes.stream().anyMatch(n -> ledger(n).blockNumber() < height)) {
      assertThat(System.nanoTime()).as("every node reaches block %d", height).isLessThan(deadline);
      Thread.sleep(50);
    }
    assertThat(height).isPositive();
    for (long number = 0; number <= height; number++) {
      byte[] expected = ledger(nodes.get(0)).blockHash(number).orElseThrow();
      for (NodeRuntime node : nodes) {
        assertThat(Arrays.equals(ledger(node).blockHash(number).orElseThrow(), expected))
            .as("block %d is the same on every node", number)
            .isTrue();
      }
    }
  }

  /**
   * enableParallel() registered ParallelOk's transfer and set with 0x1006: each node's table {@code
   * cp_<address>} has both (else the workload would run serially and this test prove less).
   */
  private static void assertParallelFunctionsRegisteredOnEveryNode(
      List<NodeRuntime> nodes, String contract) {
    TableInfo table =
        TableInfo.of(
            "cp_" + contract.substring(2).toLowerCase(Locale.ROOT),
            "parallel",
            List.of("selector", "functionName", "criticalSize"));
    for (NodeRuntime node : nodes) {
      List<String> functions =
          node.groups().get(1).storage().select(table, "parallel").stream()
              .filter(row -> !row.removed())
              .map(row -> row.fields().getOrEmpty("functionName"))
              .toList();
      assertThat(functions)
          .as("parallel functions of %s", contract)
          .containsExactlyInAnyOrder("transfer(string,string,uint256)", "set(string,uint256)");
    }
  }

  private static Ledger ledger(NodeRuntime node) {
    return node.groups().get(1).ledger();
  }
}
