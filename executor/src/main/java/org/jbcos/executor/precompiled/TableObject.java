package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Table;

/**
 * A Table object of Table.sol, made by {@code TableFactory.openTable}: select, insert, update and
 * remove rows of one user table with Entry and Condition objects. An entry's key field is ignored
 * (2.9 writes the key given to insert and never updates the key field). Writes go through {@link
 * TableWrites}.
 */
final class TableObject {
  private final Table table;

  TableObject(Table table) {
    this.table = table;
  }

  static ObjectKind<TableObject> kind(HashFunction hash, ObjectKinds kinds) {
    return new ObjectKind<>(
        "Table",
        List.of(
            ObjectFunction.<TableObject>reading(
                "select(string,address) returns (address)",
                hash,
                (t, c) -> {
                  ConditionObject where = c.object(1, ConditionObject.class);
                  EntriesObject found =
                      new EntriesObject(t.table.select(c.string(0), where.condition()));
                  return new Object[] {kinds.entries().create(c, found)};
                }),
            ObjectFunction.<TableObject>writing(
                "insert(string,address) returns (int256)",
                hash,
                (t, c) -> {
                  EntryObject entry = c.object(1, EntryObject.class);
                  return count(TableWrites.insert(c, t.table, c.string(0), t.withoutKey(entry)));
                }),
            ObjectFunction.<TableObject>writing(
                "update(string,address,address) returns (int256)",
                hash,
                (t, c) -> {
                  EntryObject entry = c.object(1, EntryObject.class);
                  ConditionObject where = c.object(2, ConditionObject.class);
                  return count(
                      TableWrites.update(
                          c, t.table, c.string(0), t.withoutKey(entry), where.condition()));
                }),
            ObjectFunction.<TableObject>writing(
                "remove(string,address) returns (int256)",
                hash,
                (t, c) -> {
                  ConditionObject where = c.object(1, ConditionObject.class);
                  return count(TableWrites.remove(c, t.table, c.string(0), where.condition()));
                }),
            ObjectFunction.<TableObject>reading(
                "newEntry() returns (address)",
                hash,
                (t, c) -> new Object[] {kinds.entry().create(c, new EntryObject())}),
            ObjectFunction.<TableObject>reading(
                "newCondition() returns (address)",
                hash,
                (t, c) -> new Object[] {kinds.condition().create(c, new ConditionObject())})));
  }

  private org.jbcos.storage.Entry withoutKey(EntryObject entry) {
    return entry.toEntryWithout(table.info().keyField());
  }

  static Object[] count(int rows) {
    return new Object[] {BigInteger.valueOf(rows)};
  }
}
