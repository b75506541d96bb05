package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbcos.ledger.Ledger;
import org.jbcos.node.runtime.NodeRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four PBFT sealers in this JVM (real TLS P2P on loopback), the harness's SDK clients spread over
 * all four channel ports: the parallel workloads commit, the balances hold, and every node ends
 * with the same blocks.
 */
class TpsHarnessFourSealersTest {
  @Test
  @Timeout(150)
  void dagTransferAndParallelOkCommitTheSameBlocksOnEveryNode(@TempDir Path dir) throws Exception {
    try (LocalChain chain = LocalChain.start(dir, 4, false, true)) {
      assertThat(chain.peers().split(",")).hasSize(4);
      for (String workload : List.of(DagTransferWorkload.NAME, ParallelOkWorkload.NAME)) {
        HarnessRun run = HarnessRun.against(chain, workload, 200, 20, 11).assertPassed(200);
        assertThat(run.text()).contains("4 client(s)");
      }
      assertSameBlocksOnEveryNode(chain.nodes());
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

  private static Ledger ledger(NodeRuntime node) {
    return node.groups().get(1).ledger();
  }
}
