package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jbcos.crypto.Keccak256;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * What the DAG-parallel executor relies on: transactions on several threads that touch disjoint
 * keys (and create tables of their own, some rolled back) leave the same rows and state root as the
 * same transactions run one after the other on one thread.
 */
class ConcurrentTransactionsTest {
  private static final int TRANSACTIONS = 120;

  private InMemoryTableStorage storage;

  @BeforeEach
  void setUp() {
    storage = new InMemoryTableStorage();
    BlockTableFactory genesis = new BlockTableFactory(storage, Keccak256.INSTANCE, 0);
    Table shared = genesis.createTable("u_shared", "k", List.of("n"));
    for (int i = 0; i < TRANSACTIONS; i++) {
      shared.insert("k" + i, Entry.of("n", "0"));
    }
    genesis.commit();
  }

  /** Transaction {@code i}: its own key of a shared table, its own new table, its own reverts. */
  private static void transaction(BlockTableFactory f, int i) {
    int start = f.savepoint();
    Table shared = f.openTable("u_shared").orElseThrow();
    shared.update("k" + i, Entry.of("n", Integer.toString(i)), Condition.all());
    Table own = f.createTable("u_own" + i, "k", List.of("v"));
    own.insert("a", Entry.of("v", "x" + i));
    int nested = f.savepoint();
    shared.insert("k" + i, Entry.of("n", "extra"));
    own.update("a", Entry.of("v", "nested"), Condition.all());
    if (i % 3 == 0) {
      f.rollback(nested);
    }
    if (!f.openTable("u_own" + i).orElseThrow().info().valueFields().equals(List.of("v"))) {
      throw new AssertionError("own table not visible to its creator");
    }
    if (i % 5 == 0) {
      f.rollback(start);
    }
  }

  private BlockTableFactory run(int threads) throws Exception {
    BlockTableFactory f = new BlockTableFactory(storage, Keccak256.INSTANCE, 1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < TRANSACTIONS; i++) {
        int tx = i;
        done.add(pool.submit(() -> transaction(f, tx)));
      }
      for (Future<?> d : done) {
        d.get();
      }
    } finally {
      pool.shutdown();
    }
    return f;
  }

  @RepeatedTest(5)
  void disjointTransactionsOnThreadsMatchSerialExecution() throws Exception {
    BlockTableFactory serial = run(1);
    BlockTableFactory parallel = run(4);
    assertThat(parallel.stateRoot()).isEqualTo(serial.stateRoot());
    assertThat(parallel.changes()).isEqualTo(serial.changes());
    for (int i = 0; i < TRANSACTIONS; i++) {
      assertThat(parallel.openTable("u_own" + i).isPresent()).isEqualTo(i % 5 != 0);
      List<Entry> rows = parallel.openTable("u_shared").orElseThrow().select("k" + i);
      assertThat(rows).isEqualTo(serial.openTable("u_shared").orElseThrow().select("k" + i));
    }
  }
}
