package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jbcos.crypto.Keccak256;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-block memory layer: reads of own writes, conditions, savepoints, determinism. */
class BlockTableFactoryTest {
  private InMemoryTableStorage storage;
  private BlockTableFactory block;

  @BeforeEach
  void setUp() {
    storage = new InMemoryTableStorage();
    BlockTableFactory genesis = new BlockTableFactory(storage, Keccak256.INSTANCE, 0);
    genesis.createTable("u_t", "k", List.of("n", "s"));
    genesis.commit();
    block = new BlockTableFactory(storage, Keccak256.INSTANCE, 1);
  }

  private Table t() {
    return block.openTable("u_t").orElseThrow();
  }

  private List<String> ns(String key, Condition c) {
    return t().select(key, c).stream().map(e -> e.getOrEmpty("n")).toList();
  }

  @Test
  void readsSeeTheBlocksOwnWrites() {
    t().insert("a", Entry.of("n", "1", "s", "x"));
    t().insert("a", Entry.of("n", "2", "s", "y"));
    assertThat(ns("a", Condition.all())).containsExactly("1", "2");
    assertThat(t().update("a", Entry.of("s", "z"), Condition.all().eq("n", "2"))).isEqualTo(1);
    assertThat(t().select("a", Condition.all().eq("s", "z"))).hasSize(1);
    assertThat(t().remove("a", Condition.all().eq("n", "1"))).isEqualTo(1);
    assertThat(ns("a", Condition.all())).containsExactly("2");
    assertThat(t().remove("a", Condition.all().eq("n", "1"))).isZero();
    assertThat(ns("b", Condition.all())).isEmpty();
  }

  @Test
  void storedRowsComeBeforeNewOnesAndUpdatesApplyToBoth() {
    t().insert("a", Entry.of("n", "1"));
    block.commit();
    block = new BlockTableFactory(storage, Keccak256.INSTANCE, 2);
    t().insert("a", Entry.of("n", "2"));
    assertThat(ns("a", Condition.all())).containsExactly("1", "2");
    assertThat(t().update("a", Entry.of("s", "both"), Condition.all())).isEqualTo(2);
    assertThat(t().select("a")).allMatch(e -> e.getOrEmpty("s").equals("both"));
  }

  @Test
  void conditionsCompareNumbersAsIntegersAndTextAsBytes() {
    for (String n : List.of("-5", "0", "7", "10", "x", "")) {
      t().insert("k", Entry.of("n", n, "s", "v" + n));
    }
    assertThat(ns("k", Condition.all().gt("n", 0))).containsExactly("7", "10");
    assertThat(ns("k", Condition.all().ge("n", 0))).containsExactly("0", "7", "10", "");
    assertThat(ns("k", Condition.all().lt("n", 7))).containsExactly("-5", "0", "");
    assertThat(ns("k", Condition.all().le("n", 7).ge("n", 7))).containsExactly("7");
    assertThat(ns("k", Condition.all().eq("n", "x"))).containsExactly("x");
    assertThat(ns("k", Condition.all().ne("n", "x"))).containsExactly("-5", "0", "7", "10", "");
    assertThat(ns("k", Condition.all().eq("k", "k"))).hasSize(6);
    assertThat(ns("k", Condition.all().limit(1, 2))).containsExactly("0", "7");
    assertThat(ns("k", Condition.all().ne("n", "x").limit(3, 100))).containsExactly("10", "");
    assertThat(ns("k", Condition.all().limit(10, 1))).isEmpty();
    assertThat(ns("k", Condition.all().limit(0))).isEmpty();
    assertThat(t().update("k", Entry.of("s", "big"), Condition.all().gt("n", 5).limit(1)))
        .isEqualTo(1);
    assertThat(ns("k", Condition.all().eq("s", "big"))).containsExactly("7");
  }

  @Test
  void rollbackUndoesInsertsUpdatesAndRemovesOfNestedCalls() {
    t().insert("a", Entry.of("n", "1"));
    int tx = block.savepoint();
    t().insert("a", Entry.of("n", "2"));
    int call = block.savepoint();
    t().update("a", Entry.of("s", "changed"), Condition.all());
    t().remove("a", Condition.all().eq("n", "1"));
    assertThat(ns("a", Condition.all())).containsExactly("2");
    block.rollback(call);
    assertThat(ns("a", Condition.all())).containsExactly("1", "2");
    assertThat(t().select("a")).allMatch(e -> e.getOrEmpty("s").isEmpty());
    int call2 = block.savepoint();
    t().insert("a", Entry.of("n", "3"));
    assertThat(call2).isEqualTo(call);
    block.rollback(tx);
    assertThat(ns("a", Condition.all())).containsExactly("1");
    assertThatThrownBy(() -> block.rollback(call2 + 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rollbackRestoresStoredRowsToo() {
    t().insert("a", Entry.of("n", "1", "s", "orig"));
    block.commit();
    block = new BlockTableFactory(storage, Keccak256.INSTANCE, 2);
    int sp = block.savepoint();
    t().update("a", Entry.of("s", "new"), Condition.all());
    t().update("a", Entry.of("s", "newer", "n", "9"), Condition.all());
    t().remove("a", Condition.all());
    block.rollback(sp);
    assertThat(t().select("a")).containsExactly(Entry.of("k", "a", "n", "1", "s", "orig"));
  }

  @Test
  void theRootDoesNotDependOnTheOrderOrThreadsOfWrites() throws Exception {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ids.add(i);
    }
    byte[] serial = rootOf(ids, 1);
    Collections.shuffle(ids, new Random(7));
    assertThat(rootOf(ids, 1)).isEqualTo(serial);
    assertThat(rootOf(ids, 4)).isEqualTo(serial);
  }

  private byte[] rootOf(List<Integer> order, int threads) throws Exception {
    BlockTableFactory f = new BlockTableFactory(storage, Keccak256.INSTANCE, 1);
    Table table = f.openTable("u_t").orElseThrow();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i : order) {
        done.add(
            pool.submit(
                () -> {
                  int sp = f.savepoint();
                  table.insert("k" + (i % 50), Entry.of("n", "" + i));
                  if (i % 7 == 0) {
                    f.rollback(sp);
                  }
                }));
      }
      for (Future<?> d : done) {
        d.get();
      }
    } finally {
      pool.shutdown();
    }
    return f.stateRoot();
  }

  @Test
  void aCommittedBlockCannotBeWrittenAgain() {
    Table table = t();
    block.commit();
    assertThatThrownBy(() -> table.insert("a", Entry.of("n", "1")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(block::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theIdCounterBelongsToTheStorageLayer() {
    Table cs = block.openTable(SystemTables.CURRENT_STATE).orElseThrow();
    assertThatThrownBy(() -> cs.insert(SystemTables.KEY_CURRENT_ID, Entry.of("value", "1")))
        .isInstanceOf(TableException.class);
    cs.insert(SystemTables.KEY_CURRENT_NUMBER, Entry.of("value", "1"));
  }

  @Test
  void tablesCreatedInABlockOpenInTheSameBlock() {
    assertThat(block.openTable("u_new")).isEmpty();
    Table created = block.createTable("u_new", "id", List.of("x"));
    created.insert("1", Entry.of("x", "y"));
    assertThat(block.openTable("u_new").orElseThrow().select("1")).hasSize(1);
    int sp = block.savepoint();
    block.createTable("u_gone", "id", List.of());
    block.rollback(sp);
    assertThat(block.openTable("u_gone")).isEmpty();
    block.commit();
    BlockTableFactory next = new BlockTableFactory(storage, Keccak256.INSTANCE, 2);
    assertThat(next.openTable("u_new").orElseThrow().info())
        .isEqualTo(TableInfo.of("u_new", "id", List.of("x")));
  }

  @Test
  void aSchemaUndoneByARollbackIsNotServedAgain() {
    assertThat(block.openTable("u_again")).isEmpty(); // read (and remembered) as absent
    int sp = block.savepoint();
    block.createTable("u_again", "id", List.of("a"));
    assertThat(block.openTable("u_again").orElseThrow().info().valueFields()).containsExactly("a");
    block.rollback(sp);
    assertThat(block.openTable("u_again")).isEmpty();
    block.createTable("u_again", "id", List.of("b", "c"));
    Table t = block.openTable("u_again").orElseThrow();
    assertThat(t.info().valueFields()).containsExactly("b", "c");
    t.insert("1", Entry.of("b", "x"));
    assertThat(block.openTable("u_again").orElseThrow().select("1")).hasSize(1);
  }
}
