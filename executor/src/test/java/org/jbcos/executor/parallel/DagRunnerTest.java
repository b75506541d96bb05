package org.jbcos.executor.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link DagRunner}: every transaction once, each after its predecessors; failures come back. */
class DagRunnerTest {
  private final DagRunner runner = new DagRunner(4);

  @Test
  void runsEveryTransactionAfterItsPredecessors() {
    List<Optional<List<String>>> keys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      keys.add(i % 50 == 49 ? Optional.empty() : Optional.of(List.of("k" + (i % 7))));
    }
    TxDag dag = TxDag.of(keys);
    AtomicInteger clock = new AtomicInteger();
    int[] finishedAt = new int[keys.size()];
    int[] startedAt = new int[keys.size()];
    runner.run(
        dag,
        i -> {
          startedAt[i] = clock.incrementAndGet();
          finishedAt[i] = clock.incrementAndGet();
        });
    for (int i = 0; i < dag.size(); i++) {
      assertThat(finishedAt[i]).isPositive();
      for (int s : dag.successors(i)) {
        assertThat(startedAt[s]).isGreaterThan(finishedAt[i]);
      }
    }
  }

  @Test
  void runsTasksOnWorkerThreadsEachOnce() {
    ConcurrentHashMap<Integer, Integer> runs = new ConcurrentHashMap<>();
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    runner.forEach(
        200,
        i -> {
          runs.merge(i, 1, Integer::sum);
          threads.add(Thread.currentThread().getName());
        });
    assertThat(runs).hasSize(200).allSatisfy((i, n) -> assertThat(n).isEqualTo(1));
    assertThat(threads).allMatch(name -> name.startsWith("dag-"));
  }

  @Test
  void aFailingTaskStopsTheRunAndIsRethrown() {
    TxDag chain = TxDag.of(Collections.nCopies(10, Optional.<List<String>>empty()));
    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(
            () ->
                runner.run(
                    chain,
                    i -> {
                      ran.incrementAndGet();
                      if (i == 3) {
                        throw new IllegalStateException("tx 3 broke");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tx 3 broke");
    assertThat(ran.get()).isEqualTo(4);
  }

  @Test
  void anEmptyDagReturnsAtOnce() {
    runner.run(
        TxDag.of(List.of()),
        i -> {
          throw new AssertionError("nothing to run");
        });
  }

  @Test
  void refusesZeroWorkers() {
    assertThatThrownBy(() -> new DagRunner(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
