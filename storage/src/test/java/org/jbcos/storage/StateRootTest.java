package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 2.9 dbHash, checked against hash inputs written out by hand. */
class StateRootTest {
  private InMemoryTableStorage storage;
  private long next;

  @BeforeEach
  void setUp() {
    storage = new InMemoryTableStorage();
    next = 0;
    block(f -> f.createTable("u_t", "k", List.of("a", "b")), Keccak256.INSTANCE);
  }

  private byte[] block(Consumer<TableFactory> body, HashFunction h) {
    BlockTableFactory f = new BlockTableFactory(storage, h, next++);
    body.accept(f);
    byte[] root = f.stateRoot();
    f.commit();
    return root;
  }

  private static Table t(TableFactory f) {
    return f.openTable("u_t").orElseThrow();
  }

  /** name bytes + value bytes of every hash field (in name order), then the status byte. */
  private static byte[] row(int status, String... nameValue) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String s : nameValue) {
      out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
    out.write(status);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] root(HashFunction h, byte[]... tableInputs) {
    ByteArrayOutputStream tables = new ByteArrayOutputStream();
    for (byte[] in : tableInputs) {
      tables.writeBytes(h.hash(in));
    }
    return h.hash(tables.toByteArray());
  }

  @Test
  void newRowsAreSortedByKeyThenFieldsWhateverTheInsertOrder() {
    byte[] got =
        block(
            f -> {
              t(f).insert("y", Entry.builder().set("a", new byte[] {0, -1}).build());
              t(f).insert("x", Entry.of("a", "2", "b", "two"));
              t(f).insert("x", Entry.of("a", "1", "b", "one"));
            },
            Keccak256.INSTANCE);
    byte[] input =
        concat(
            row(0, "a", "1", "b", "one", "k", "x"),
            row(0, "a", "2", "b", "two", "k", "x"),
            row(0, "a", "\u0000\u00ff", "b", "", "k", "y"));
    assertThat(got).isEqualTo(root(Keccak256.INSTANCE, input));
  }

  @Test
  void smChainsHashWithSm3() {
    byte[] got = block(f -> t(f).insert("x", Entry.of("a", "1")), Sm3.INSTANCE);
    assertThat(got).isEqualTo(root(Sm3.INSTANCE, row(0, "a", "1", "b", "", "k", "x")));
  }

  @Test
  void storedRowsComeFirstInIdOrderThenNewRows() {
    // ids go by hash order at commit: "a" gets the smaller id
    block(
        f -> {
          t(f).insert("b", Entry.of("a", "B"));
          t(f).insert("a", Entry.of("a", "A"));
        },
        Keccak256.INSTANCE);
    byte[] got =
        block(
            f -> {
              t(f).insert("0", Entry.of("a", "new"));
              t(f).update("b", Entry.of("b", "changed"), Condition.all());
              t(f).remove("a", Condition.all());
            },
            Keccak256.INSTANCE);
    byte[] input =
        concat(
            row(1, "a", "A", "b", "", "k", "a"),
            row(0, "a", "B", "b", "changed", "k", "b"),
            row(0, "a", "new", "b", "", "k", "0"));
    assertThat(got).isEqualTo(root(Keccak256.INSTANCE, input));
  }

  @Test
  void hashedTablesCombineInNameOrderAndUnhashedOnesAreLeftOut() {
    block(f -> f.createTable("u_s", "k", List.of("v")), Keccak256.INSTANCE);
    byte[] got =
        block(
            f -> {
              f.openTable("u_t").orElseThrow().insert("x", Entry.of("a", "1"));
              f.openTable("u_s").orElseThrow().insert("x", Entry.of("v", "1"));
              f.openTable(SystemTables.HASH_2_BLOCK).orElseThrow().insert("h", Entry.of());
              f.openTable(SystemTables.CONFIG)
                  .orElseThrow()
                  .insert("tx_count_limit", Entry.of("value", "1000", "enable_num", "0"));
            },
            Keccak256.INSTANCE);
    byte[] config = row(0, "enable_num", "0", "key", "tx_count_limit", "value", "1000");
    byte[] s = row(0, "k", "x", "v", "1");
    byte[] t = row(0, "a", "1", "b", "", "k", "x");
    // "_sys_config_" < "u_s" < "u_t"
    assertThat(got).isEqualTo(root(Keccak256.INSTANCE, config, s, t));
  }

  @Test
  void aBlockThatWritesNoHashedTableHasTheZeroRoot() {
    byte[] got =
        block(
            f -> {
              t(f).select("x");
              f.openTable(SystemTables.TX_HASH_2_BLOCK)
                  .orElseThrow()
                  .insert("h", Entry.of("value", "1", "index", "0"));
            },
            Keccak256.INSTANCE);
    assertThat(got).isEqualTo(new byte[32]);
  }

  @Test
  void rolledBackInsertsAreLeftOutButTheTableStillCounts() {
    byte[] got =
        block(
            f -> {
              int sp = f.savepoint();
              t(f).insert("x", Entry.of("a", "1"));
              f.rollback(sp);
            },
            Keccak256.INSTANCE);
    // 2.x: the table stays dirty once written, and an empty input is hashed like any other
    assertThat(got).isEqualTo(root(Keccak256.INSTANCE, new byte[0]));
  }

  @Test
  void aStoredRowStaysDirtyWithItsOldValuesAfterARolledBackUpdate() {
    block(f -> t(f).insert("x", Entry.of("a", "1", "b", "old")), Keccak256.INSTANCE);
    byte[] got =
        block(
            f -> {
              int sp = f.savepoint();
              t(f).update("x", Entry.of("b", "new"), Condition.all());
              t(f).remove("x", Condition.all());
              f.rollback(sp);
            },
            Keccak256.INSTANCE);
    assertThat(got).isEqualTo(root(Keccak256.INSTANCE, row(0, "a", "1", "b", "old", "k", "x")));
  }

  @Test
  void aRowInsertedAndRemovedInTheSameBlockIsHashedAsRemoved() {
    byte[] got =
        block(
            f -> {
              t(f).insert("x", Entry.of("a", "1"));
              t(f).remove("x", Condition.all());
            },
            Keccak256.INSTANCE);
    assertThat(got).isEqualTo(root(Keccak256.INSTANCE, row(1, "a", "1", "b", "", "k", "x")));
  }
}
