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
                  List<Entry> rows = t.table.select(c.string(0), Condition.all());
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
                  Entry entry =
                      c.object(1, EntryObject.class).toEntryWithout(t.table.info().keyField());
                  boolean exists = !t.table.select(key, Condition.all()).isEmpty();
                  int written =
                      exists
                          ? TableWrites.update(c, t.table, key, entry, Condition.all())
                          : TableWrites.insert(c, t.table, key, entry);
                  return TableObject.count(written);
                }),
            ObjectFunction.<KvTableObject>reading(
                "newEntry() returns (address)",
                hash,
                (t, c) -> new Object[] {kinds.entry().create(c, new EntryObject())})));
  }
}
