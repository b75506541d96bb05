package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TableStorage} must honour, run through the block layer as the node uses
 * it. Subclasses give a fresh empty store and a way to reopen it.
 */
public abstract class TableStorageContractTest {
  protected TableStorage storage;

  /** A new, empty store. */
  protected abstract TableStorage create() throws Exception;

  /** Closes {@code current} and opens the same data again (the in-memory store returns itself). */
  protected abstract TableStorage reopen(TableStorage current) throws Exception;

  @BeforeEach
  void open() throws Exception {
    storage = create();
  }

  @AfterEach
  void closeStorage() {
    if (storage != null) {
      storage.close();
    }
  }

  byte[] block(long number, Consumer<TableFactory> body) {
    BlockTableFactory f = new BlockTableFactory(storage, Keccak256.INSTANCE, number);
    body.accept(f);
    byte[] root = f.stateRoot();
    f.commit();
    return root;
  }

  static Table table(TableFactory f, String name) {
    return f.openTable(name).orElseThrow(() -> new AssertionError("no table " + name));
  }

  static List<String> values(List<Entry> rows, String field) {
    List<String> out = new ArrayList<>();
    rows.forEach(e -> out.add(e.getOrEmpty(field)));
    return out;
  }

  private void createFruit() {
    block(0, f -> f.createTable("u_fruit", "name", List.of("item_id", "price")));
  }

  @Test
  void anEmptyStoreHasNoCommittedBlockAndNoRows() {
    assertThat(storage.lastCommittedBlock()).isEqualTo(-1);
    TableInfo t = TableInfo.of("u_nothing", "k", List.of("v"));
    assertThat(storage.select(t, "x")).isEmpty();
    assertThat(storage.scan(t)).isEmpty();
    for (TableInfo sys : SystemTables.all()) {
      assertThat(storage.select(sys, "x")).isEmpty();
    }
  }

  @Test
  void rowsReadBackInIdOrderWithTheirHiddenFields() {
    createFruit();
    block(
        1,
        f -> {
          Table t = table(f, "u_fruit");
          t.insert("apple", Entry.of("item_id", "1", "price", "10"));
          t.insert("apple", Entry.of("item_id", "2", "price", "20"));
          t.insert("pear", Entry.of("item_id", "3", "price", "30"));
          t.insert("apple", Entry.of("item_id", "0", "price", "5"));
        });
    assertThat(storage.lastCommittedBlock()).isEqualTo(1);
    TableInfo info = TableInfo.of("u_fruit", "name", List.of("item_id", "price"));
    List<Row> apples = storage.select(info, "apple");
    assertThat(apples).hasSize(3);
    assertThat(apples).allMatch(r -> r.num() == 1 && !r.removed());
    assertThat(apples).extracting(Row::id).isSorted().doesNotHaveDuplicates();
    // new rows take ids in hash order: key, then fields (item_id "0" < "1" < "2")
    assertThat(apples)
        .extracting(r -> r.fields().getOrEmpty("item_id"))
        .containsExactly("0", "1", "2");
    assertThat(apples.get(0).fields())
        .isEqualTo(Entry.of("name", "apple", "item_id", "0", "price", "5"));

    block(
        2,
        f ->
            assertThat(values(table(f, "u_fruit").select("apple"), "price"))
                .containsExactly("5", "10", "20"));
  }

  @Test
  void updatesReplaceStoredRowsAndStampTheBlock() {
    createFruit();
    block(1, f -> table(f, "u_fruit").insert("apple", Entry.of("item_id", "1", "price", "10")));
    block(
        2,
        f ->
            assertThat(
                    table(f, "u_fruit")
                        .update(
                            "apple", Entry.of("price", "11"), Condition.all().eq("item_id", "1")))
                .isEqualTo(1));
    TableInfo info = TableInfo.of("u_fruit", "name", List.of("item_id", "price"));
    List<Row> rows = storage.select(info, "apple");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).num()).isEqualTo(2);
    assertThat(rows.get(0).fields().getOrEmpty("price")).isEqualTo("11");
    assertThat(storage.scan(info)).hasSize(1);
  }

  @Test
  void removedRowsAreHiddenButKeptWithStatusOne() {
    createFruit();
    block(
        1,
        f -> {
          Table t = table(f, "u_fruit");
          t.insert("apple", Entry.of("item_id", "1", "price", "10"));
          t.insert("apple", Entry.of("item_id", "2", "price", "20"));
        });
    block(
        2,
        f ->
            assertThat(table(f, "u_fruit").remove("apple", Condition.all().eq("item_id", "1")))
                .isEqualTo(1));
    TableInfo info = TableInfo.of("u_fruit", "name", List.of("item_id", "price"));
    assertThat(storage.select(info, "apple"))
        .extracting(r -> r.fields().getOrEmpty("item_id"))
        .containsExactly("2");
    List<Row> all = storage.scan(info);
    assertThat(all).hasSize(2);
    assertThat(all.get(0).removed()).isTrue();
    assertThat(all.get(0).num()).isEqualTo(2);
    assertThat(all.get(1).removed()).isFalse();
    block(3, f -> assertThat(table(f, "u_fruit").select("apple")).hasSize(1));
  }

  @Test
  void refusesABlockThatDoesNotFollowTheLastOne() {
    createFruit();
    TableInfo info = TableInfo.of("u_fruit", "name", List.of("item_id", "price"));
    Row row = new Row(1000, 5, false, Entry.of("name", "x", "item_id", "1", "price", "1"));
    assertThatThrownBy(() -> storage.commit(5, List.of(new TableChanges(info, List.of(row)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.commit(0, List.of(new TableChanges(info, List.of(row)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(storage.lastCommittedBlock()).isEqualTo(0);
    assertThat(storage.select(info, "x")).isEmpty();
  }

  @Test
  void reopeningKeepsBlocksRowsAndIds() throws Exception {
    createFruit();
    block(1, f -> table(f, "u_fruit").insert("apple", Entry.of("item_id", "1", "price", "10")));
    TableInfo info = TableInfo.of("u_fruit", "name", List.of("item_id", "price"));
    List<Row> before = storage.scan(info);
    for (int i = 0; i < 3; i++) {
      storage = reopen(storage);
      assertThat(storage.lastCommittedBlock()).isEqualTo(1 + i);
      assertThat(storage.scan(info)).containsAll(before);
      long n = 2 + i;
      block(n, f -> table(f, "u_fruit").insert("k" + n, Entry.of("item_id", "" + n)));
    }
    storage = reopen(storage);
    assertThat(storage.lastCommittedBlock()).isEqualTo(4);
    assertThat(storage.scan(info)).hasSize(4).extracting(Row::id).doesNotHaveDuplicates();
  }

  @Test
  void keysAreExactBytes() {
    List<String> keys =
        List.of("a", "A", "a ", " a", "", "ключ", "键", "\uD83D\uDE00", "a_b", "a%", "a'\"\\");
    block(0, f -> f.createTable("u_keys", "k", List.of("v")));
    block(
        1,
        f -> {
          Table t = table(f, "u_keys");
          for (int i = 0; i < keys.size(); i++) {
            t.insert(keys.get(i), Entry.of("v", "" + i));
          }
        });
    TableInfo info = TableInfo.of("u_keys", "k", List.of("v"));
    for (int i = 0; i < keys.size(); i++) {
      List<Row> rows = storage.select(info, keys.get(i));
      assertThat(rows).as("key [%s]", keys.get(i)).hasSize(1);
      assertThat(rows.get(0).fields().getOrEmpty("v")).isEqualTo("" + i);
      assertThat(rows.get(0).key(info)).isEqualTo(keys.get(i));
    }
    assertThat(storage.select(info, "b")).isEmpty();
    // scan is in UTF-8 byte order of keys
    List<String> scanned = storage.scan(info).stream().map(r -> r.key(info)).toList();
    assertThat(scanned).isSortedAccordingTo(KeyOrder.UTF8).hasSize(keys.size());
  }

  @Test
  void binaryValuesRoundTrip() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    byte[] big = new byte[1 << 20];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + 7);
    }
    block(0, f -> f.createTable("u_bin", "k", List.of("a", "b", "c")));
    block(
        1,
        f ->
            table(f, "u_bin")
                .insert(
                    "x",
                    Entry.builder().set("a", all).set("b", big).set("c", new byte[0]).build()));
    TableInfo info = TableInfo.of("u_bin", "k", List.of("a", "b", "c"));
    Entry e = storage.select(info, "x").get(0).fields();
    assertThat(e.bytes("a")).contains(all);
    assertThat(e.bytes("b").orElseThrow()).isEqualTo(big);
    assertThat(e.bytes("c").orElseThrow()).isEmpty();
  }

  @Test
  void valueFieldsLeftOutOfAnInsertAreStoredEmpty() {
    createFruit();
    block(1, f -> table(f, "u_fruit").insert("apple", Entry.of("price", "1")));
    TableInfo info = TableInfo.of("u_fruit", "name", List.of("item_id", "price"));
    assertThat(storage.select(info, "apple").get(0).fields())
        .isEqualTo(Entry.of("name", "apple", "item_id", "", "price", "1"));
  }

  @Test
  void everySystemTableStoresRows() {
    block(
        0,
        f -> {
          for (TableInfo sys : SystemTables.all()) {
            if (sys.name().equals(SystemTables.CURRENT_STATE)) {
              continue;
            }
            Entry.Builder b = Entry.builder();
            for (String v : sys.valueFields()) {
              b.set(v, sys.name() + "." + v);
            }
            table(f, sys.name()).insert("k", b.build());
          }
        });
    for (TableInfo sys : SystemTables.all()) {
      if (sys.name().equals(SystemTables.CURRENT_STATE)) {
        continue;
      }
      List<Row> rows = storage.select(sys, "k");
      assertThat(rows).as(sys.name()).hasSize(1);
      for (String v : sys.valueFields()) {
        assertThat(rows.get(0).fields().getOrEmpty(v)).isEqualTo(sys.name() + "." + v);
      }
    }
  }

  @Test
  void theLastIdIsKeptInCurrentState() {
    createFruit();
    block(
        1,
        f -> {
          for (int i = 0; i < 5; i++) {
            table(f, "u_fruit").insert("k" + i, Entry.of("item_id", "" + i));
          }
        });
    TableInfo cs = SystemTables.info(SystemTables.CURRENT_STATE).orElseThrow();
    List<Row> id = storage.select(cs, SystemTables.KEY_CURRENT_ID);
    assertThat(id).hasSize(1);
    long maxId =
        storage.scan(TableInfo.of("u_fruit", "name", List.of("item_id", "price"))).stream()
            .mapToLong(Row::id)
            .max()
            .orElseThrow();
    assertThat(Long.parseLong(id.get(0).fields().getOrEmpty("value")))
        .isGreaterThanOrEqualTo(maxId);
  }

  @Test
  void aTableNeverWrittenReadsEmptyEvenAfterCreation() {
    block(0, f -> f.createTable("u_empty", "k", List.of()));
    block(
        1,
        f -> {
          Table t = table(f, "u_empty");
          assertThat(t.info().valueFields()).isEmpty();
          assertThat(t.select("x")).isEmpty();
          t.insert("x", Entry.empty());
        });
    assertThat(storage.select(TableInfo.of("u_empty", "k", List.of()), "x")).hasSize(1);
  }

  @Test
  void manyKeysAndRowsInOneBlock() {
    block(0, f -> f.createTable("u_many", "k", List.of("v")));
    block(
        1,
        f -> {
          Table t = table(f, "u_many");
          for (int i = 0; i < 2000; i++) {
            t.insert("key" + (i % 500), Entry.of("v", Integer.toString(i)));
          }
        });
    TableInfo info = TableInfo.of("u_many", "k", List.of("v"));
    for (int k = 0; k < 500; k += 37) {
      assertThat(storage.select(info, "key" + k)).hasSize(4);
    }
    assertThat(storage.scan(info)).hasSize(2000);
  }

  /**
   * The same blocks give the same roots on every backend. The values were computed on the in-memory
   * backend, whose hashing {@link StateRootTest} checks against hand-written inputs.
   */
  @Test
  void stateRootsAreTheSameOnEveryBackend() {
    List<String> roots = new ArrayList<>();
    roots.add(Hex.encode(block(0, f -> f.createTable("u_t", "k", List.of("a", "b")))));
    roots.add(
        Hex.encode(
            block(
                1,
                f -> {
                  Table t = table(f, "u_t");
                  t.insert("x", Entry.of("a", "1", "b", "one"));
                  t.insert("x", Entry.of("a", "2", "b", "two"));
                  t.insert("y", Entry.builder().set("a", new byte[] {0, -1}).build());
                  table(f, SystemTables.TX_HASH_2_BLOCK).insert("h", Entry.of("value", "1"));
                })));
    roots.add(
        Hex.encode(
            block(
                2,
                f -> {
                  Table t = table(f, "u_t");
                  t.update("x", Entry.of("b", "uno"), Condition.all().eq("a", "1"));
                  t.remove("y", Condition.all());
                  int sp = f.savepoint();
                  t.insert("z", Entry.of("a", "3"));
                  f.rollback(sp);
                  t.insert("w", Entry.of("a", "4"));
                })));
    roots.add(Hex.encode(block(3, f -> {})));
    assertThat(roots)
        .containsExactly(
            GOLDEN_ROOT_0,
            GOLDEN_ROOT_1,
            GOLDEN_ROOT_2,
            new String(new char[64]).replace('\0', '0'));
  }

  static final String GOLDEN_ROOT_0 =
      "1554e44f0d2ce3842289b838696d1bae150dd722cb06f631332752b4e3be61fc";
  static final String GOLDEN_ROOT_1 =
      "414203788b710cd80d6398c4fe8ee5e608c3c6882c306c691f36a04e21629291";
  static final String GOLDEN_ROOT_2 =
      "c8532ed0d348e7d5b7c9cf8525b4d31372dabb98e7f845d81459d8091af59d36";

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
