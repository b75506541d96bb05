package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jbcos.node.runtime.GroupRuntime;
import org.jbcos.node.runtime.NodeRuntime;

/** What the tests of several in-process nodes ask of them: group 1, waiting, the same chain. */
final class InProcessChains {
  private InProcessChains() {}

  /** Group 1 of {@code node}. */
  static GroupRuntime group1(NodeRuntime node) {
    return node.groups().get(1);
  }

  /** Polls {@code condition} every 50 ms; fails the test after 60 s. */
  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in 60 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /** Every block up to the lowest head of {@code nodes} has the same hash on all of them. */
  static void assertSameChain(List<NodeRuntime> nodes) {
    long height =
        nodes.stream().mapToLong(n -> group1(n).ledger().blockNumber()).min().orElseThrow();
    for (long number = 1; number <= height; number++) {
      byte[] expected = group1(nodes.get(0)).ledger().blockHash(number).orElseThrow();
      for (NodeRuntime n : nodes) {
        assertThat(Arrays.equals(group1(n).ledger().blockHash(number).orElseThrow(), expected))
            .as("block %d is the same on every node", number)
            .isTrue();
      }
    }
  }
}
