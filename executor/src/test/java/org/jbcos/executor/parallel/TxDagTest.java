package org.jbcos.executor.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@link TxDag} orders a block's transactions from their conflict keys. */
class TxDagTest {
  private static Optional<List<String>> keys(String... keys) {
    return Optional.of(List.of(keys));
  }

  private static final Optional<List<String>> ALONE = Optional.empty();

  private static TxDag dag(List<Optional<List<String>>> keys) {
    return TxDag.of(keys);
  }

  @Test
  void disjointKeysGiveNoEdges() {
    TxDag dag = dag(List.of(keys("a"), keys("b"), keys("c", "d")));
    for (int i = 0; i < 3; i++) {
      assertThat(dag.inDegree(i)).isZero();
      assertThat(dag.successors(i)).isEmpty();
    }
    assertThat(dag.isSerial()).isFalse();
  }

  @Test
  void aSharedKeyOrdersTheHoldersInBlockOrder() {
    TxDag dag = dag(List.of(keys("a"), keys("b"), keys("a", "b"), keys("a")));
    assertThat(dag.successors(0)).containsExactly(2);
    assertThat(dag.successors(1)).containsExactly(2);
    assertThat(dag.successors(2)).containsExactly(3);
    assertThat(dag.inDegree(2)).isEqualTo(2);
    assertThat(dag.inDegree(3)).isEqualTo(1);
  }

  @Test
  void aTransactionDependsOnlyOnTheLastHolderOfAKey() {
    TxDag dag = dag(List.of(keys("a"), keys("a"), keys("a")));
    assertThat(dag.successors(0)).containsExactly(1);
    assertThat(dag.successors(1)).containsExactly(2);
    assertThat(dag.isSerial()).isTrue();
  }

  @Test
  void aRepeatedKeyInOneTransactionIsNoSelfEdge() {
    TxDag dag = dag(List.of(keys("a", "a"), keys("a")));
    assertThat(dag.inDegree(0)).isZero();
    assertThat(dag.successors(0)).containsExactly(1);
  }

  @Test
  void aKeylessTransactionWaitsForAllBeforeItAndAllAfterWaitForIt() {
    TxDag dag = dag(List.of(keys("a"), keys("b"), ALONE, keys("a"), keys("c")));
    assertThat(dag.successors(0)).containsExactly(2);
    assertThat(dag.successors(1)).containsExactly(2);
    assertThat(dag.inDegree(2)).isEqualTo(2);
    assertThat(dag.successors(2)).containsExactly(3, 4);
    assertThat(dag.inDegree(3)).isEqualTo(1);
    assertThat(dag.inDegree(4)).isEqualTo(1);
  }

  @Test
  void consecutiveKeylessTransactionsFormAChain() {
    TxDag dag = dag(List.of(ALONE, ALONE, ALONE));
    assertThat(dag.successors(0)).containsExactly(1);
    assertThat(dag.successors(1)).containsExactly(2);
    assertThat(dag.isSerial()).isTrue();
  }

  @Test
  void aKeylessTransactionAfterABarrierWaitsForTheTransactionsSinceIt() {
    TxDag dag = dag(List.of(keys("a"), ALONE, keys("b"), keys("c"), ALONE));
    assertThat(dag.successors(0)).containsExactly(1);
    assertThat(dag.successors(1)).containsExactly(2, 3, 4);
    assertThat(dag.successors(2)).containsExactly(4);
    assertThat(dag.successors(3)).containsExactly(4);
    assertThat(dag.inDegree(4)).isEqualTo(3);
  }

  @Test
  void emptyKeysConflictWithNothingButABarrier() {
    TxDag dag = dag(List.of(keys(), ALONE, keys(), keys()));
    assertThat(dag.successors(0)).containsExactly(1);
    assertThat(dag.successors(1)).containsExactly(2, 3);
    assertThat(dag.successors(2)).isEmpty();
  }

  @Test
  void everyEdgeGoesForwardInBlockOrder() {
    List<Optional<List<String>>> keys =
        Arrays.asList(keys("x"), ALONE, keys("y", "x"), keys("z"), keys("y"), ALONE, keys("x"));
    TxDag dag = dag(keys);
    int edges = 0;
    for (int i = 0; i < dag.size(); i++) {
      for (int s : dag.successors(i)) {
        assertThat(s).isGreaterThan(i);
        edges++;
      }
    }
    int inDegrees = 0;
    for (int i = 0; i < dag.size(); i++) {
      inDegrees += dag.inDegree(i);
    }
    assertThat(inDegrees).isEqualTo(edges);
  }

  @Test
  void anEmptyBlockHasAnEmptyDag() {
    assertThat(dag(List.of()).size()).isZero();
    assertThat(dag(List.of()).isSerial()).isTrue();
  }
}
