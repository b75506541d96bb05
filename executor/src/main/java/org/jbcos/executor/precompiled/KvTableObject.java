package org.jbcos.executor.precompiled;

import java.util.List;
import org.jbcos.codec.abi.Address;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;

/**
 * A KVTable object of Table.sol, made by {@code KVTableFactory.openTable}: one row per key. {@code
 * get} returns (found, an Entry object of the key's first row, or the zero address); {@code set}
 * inserts the key's row or updates every row of the key (the entry's key field ignored) and returns
 * the rows written. Writes go through {@link TableWrites}.
 */
final class KvTableObject {
  private final Table table;

  KvTableObject(Table table) {
    this.table = table;
  }

  static ObjectKind<KvTableObject> kind(HashFunction hash, ObjectKinds kinds) {
    return new ObjectKind<>(
        "KVTable",
        List.of(
            ObjectFunction.<KvTableObject>reading(
                "get(string) returns (bool,address)",
                hash,
                (t, c) -> {
                  List<Entry> rows = selected(t.table, c, c.string(0));
                  if (rows.isEmpty()) {
                    return new Object[] {false, Address.ZERO};
                  }
                  return new Object[] {true, kinds.entry().create(c, EntryObject.of(rows.get(0)))};
                }),
            ObjectFunction.<KvTableObject>writing(
                "set(string,address) returns (int256)",
                hash,
                (t, c) -> {
                  String key = c.string(0);
                  EntryObject entry = c.object(1, EntryObject.class);
                  boolean exists = !selected(t.table, c, key).isEmpty();
                  if (exists) {
                    return TableObject.count(t.update(c, key, entry));
                  }
                  return TableObject.count(t.insert(c, key, entry));
                }),
            ObjectFunction.<KvTableObject>reading(
                "newEntry() returns (address)",
                hash,
                (t, c) -> new Object[] {kinds.entry().create(c, new EntryObject())})));
  }

  /** The rows of {@code key}, priced as 2.9 prices the select: per row and by their capacity. */
  private static List<Entry> selected(Table table, SystemCall c, String key) {
    List<Entry> rows = table.select(key, Condition.all());
    c.gas().raiseMemory(PrecompiledGas.capacity(rows));
    c.gas().record(PrecompiledGas.Operation.SELECT, rows.size());
    return rows;
  }

  /** Inserts the key's row; 2.9 sets (not raises) the memory to the entry's capacity here. */
  private int insert(SystemCall c, String key, EntryObject entry) {
    String keyField = table.info().keyField();
    int rows = TableWrites.insert(c, table, key, entry.toEntryWithout(keyField));
    if (rows > 0) {
      entry.set(keyField, key);
      c.gas().setMemory(entry.capacity() * rows);
      c.gas().record(PrecompiledGas.Operation.INSERT, rows);
    }
    return rows;
  }

  private int update(SystemCall c, String key, EntryObject entry) {
    return TableObject.updateIn(table, c, key, entry, Condition.all());
  }
}
