package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbcos.crypto.Keccak256;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid names, oversize keys and values, unknown fields: the 2.x code, and nothing written. */
class BadInputTest {
  private InMemoryTableStorage storage;
  private BlockTableFactory block;
  private Table t;

  @BeforeEach
  void setUp() {
    storage = new InMemoryTableStorage();
    BlockTableFactory genesis = new BlockTableFactory(storage, Keccak256.INSTANCE, 0);
    genesis.createTable("u_t", "k", List.of("v"));
    genesis.openTable("u_t").orElseThrow().insert("a", Entry.of("v", "1"));
    genesis.commit();
    block = new BlockTableFactory(storage, Keccak256.INSTANCE, 1);
    t = block.openTable("u_t").orElseThrow();
  }

  /** Runs the bad call, checks its code, then checks that the block is as empty as before. */
  private void rejects(int code, Executable bad) {
    byte[] rootBefore = block.stateRoot();
    int sp = block.savepoint();
    TableException e = org.junit.jupiter.api.Assertions.assertThrows(TableException.class, bad);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage()).startsWith(Integer.toString(code));
    assertThat(block.savepoint()).isEqualTo(sp);
    assertThat(block.stateRoot()).isEqualTo(rootBefore);
    assertThat(t.select("a")).containsExactly(Entry.of("k", "a", "v", "1"));
  }

  @Test
  void invalidTableAndFieldNames() {
    for (String name : List.of("", "a-b", "a b", "表", "a.b", "u_x;drop")) {
      rejects(-50008, () -> block.createTable(name, "k", List.of("v")));
      rejects(-50008, () -> block.createTable("u_ok", name, List.of("v")));
      rejects(-50008, () -> block.createTable("u_ok", "k", List.of(name)));
    }
    rejects(-50008, () -> block.createTable("u_ok", "_k", List.of("v")));
    rejects(-50008, () -> block.createTable("u_ok", "k", List.of("_v")));
    rejects(-50008, () -> block.createTable("_jbcos_meta_", "k", List.of("v")));
    block.createTable("u_$Ok@1", "k$", List.of("v@", "V_"));
  }

  @Test
  void nameAndFieldLengths() {
    rejects(-50002, () -> block.createTable("u_" + "x".repeat(63), "k", List.of("v")));
    block.createTable("u_" + "x".repeat(62), "k", List.of("v"));
    rejects(-50002, () -> NamingRules.userTableName("x".repeat(51)));
    assertThat(NamingRules.userTableName("x".repeat(50))).isEqualTo("u_" + "x".repeat(50));
    rejects(-50003, () -> block.createTable("u_ok", "k".repeat(65), List.of("v")));
    rejects(-50003, () -> block.createTable("u_ok", "k", List.of("v".repeat(65))));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.add("field" + "x".repeat(5) + i);
    }
    rejects(-50004, () -> block.createTable("u_ok", "k", many));
    rejects(-50007, () -> block.createTable("u_ok", "k", List.of("v", "w", "v")));
    rejects(-50007, () -> block.createTable("u_ok", "k", List.of("k")));
  }

  @Test
  void existingTables() {
    rejects(-50001, () -> block.createTable("u_t", "k", List.of("v")));
    rejects(-50001, () -> block.createTable(SystemTables.CONFIG, "key", List.of("value")));
  }

  @Test
  void oversizeKeys() {
    String key255 = "k".repeat(255);
    String key256 = "k".repeat(256);
    String multiByte = "é".repeat(128); // 256 bytes in UTF-8
    for (String k : List.of(key256, multiByte)) {
      rejects(-50005, () -> t.insert(k, Entry.of("v", "1")));
      rejects(-50005, () -> t.update(k, Entry.of("v", "1"), Condition.all()));
      rejects(-50005, () -> t.remove(k, Condition.all()));
      rejects(-50005, () -> t.select(k, Condition.all()));
    }
    assertThat(t.insert(key255, Entry.of("v", "1"))).isEqualTo(1);
  }

  @Test
  void oversizeValues() {
    byte[] tooBig = new byte[NamingRules.VALUE_MAX_LENGTH + 1];
    rejects(-50006, () -> t.insert("b", Entry.builder().set("v", tooBig).build()));
    rejects(-50006, () -> t.update("a", Entry.builder().set("v", tooBig).build(), Condition.all()));
    byte[] max = Arrays.copyOf(tooBig, NamingRules.VALUE_MAX_LENGTH);
    assertThat(t.insert("b", Entry.builder().set("v", max).build())).isEqualTo(1);
    // system tables hold whole blocks
    Table blocks = block.openTable(SystemTables.HASH_2_BLOCK).orElseThrow();
    assertThat(blocks.insert("h", Entry.builder().set("value", tooBig).build())).isEqualTo(1);
  }

  @Test
  void unknownFieldsAndKeyUpdates() {
    rejects(-50008, () -> t.insert("b", Entry.of("nope", "1")));
    rejects(-50008, () -> t.insert("b", Entry.of("_id_", "1")));
    rejects(-50008, () -> t.insert("b", Entry.of("k", "not-b", "v", "1")));
    rejects(-50008, () -> t.update("a", Entry.of("nope", "1"), Condition.all()));
    rejects(-50008, () -> t.update("a", Entry.of("_status_", "1"), Condition.all()));
    rejects(-51503, () -> t.update("a", Entry.of("k", "b"), Condition.all()));
    rejects(-50008, () -> t.select("a", Condition.all().eq("nope", "1")));
    rejects(-50008, () -> t.remove("a", Condition.all().eq("nope", "1")));
    rejects(-50008, () -> t.update("a", Entry.of("v", "2"), Condition.all().gt("_id_", 0)));
    assertThat(t.insert("b", Entry.of("k", "b", "v", "1"))).isEqualTo(1);
  }

  @Test
  void unknownTablesDoNotOpen() {
    assertThat(block.openTable("u_missing")).isEmpty();
    assertThat(block.openTable("x".repeat(300))).isEmpty();
    assertThat(block.openTable("")).isEmpty();
    assertThatThrownBy(() -> Condition.all().limit(-1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
