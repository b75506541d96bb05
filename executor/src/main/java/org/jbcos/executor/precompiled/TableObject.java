package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;

/**
 * A Table object of Table.sol, made by {@code TableFactory.openTable}: select, insert, update and
 * remove rows of one user table with Entry and Condition objects. An entry's key field is ignored
 * (2.9 writes the key given to insert and never updates the key field); after an insert the entry
 * object holds that key in its key field, as in 2.9. Writes go through {@link TableWrites}.
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
                  List<Entry> rows = t.table.select(c.string(0), where.condition());
                  c.gas().raiseMemory(PrecompiledGas.capacity(rows));
                  c.gas().record(PrecompiledGas.Operation.SELECT, rows.size());
                  return new Object[] {kinds.entries().create(c, new EntriesObject(rows))};
                }),
            ObjectFunction.<TableObject>writing(
                "insert(string,address) returns (int256)",
                hash,
                (t, c) -> {
                  EntryObject entry = c.object(1, EntryObject.class);
                  return count(t.insert(c, c.string(0), entry));
                }),
            ObjectFunction.<TableObject>writing(
                "update(string,address,address) returns (int256)",
                hash,
                (t, c) -> {
                  EntryObject entry = c.object(1, EntryObject.class);
                  ConditionObject where = c.object(2, ConditionObject.class);
                  return count(t.update(c, c.string(0), entry, where.condition()));
                }),
            ObjectFunction.<TableObject>writing(
                "remove(string,address) returns (int256)",
                hash,
                (t, c) -> {
                  ConditionObject where = c.object(1, ConditionObject.class);
                  int rows = TableWrites.remove(c, t.table, c.string(0), where.condition());
                  if (rows > 0) {
                    c.gas().record(PrecompiledGas.Operation.REMOVE, rows);
                  }
                  return count(rows);
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

  /**
   * Inserts {@code entry} under {@code key}; once written, the entry object holds the key in its
   * key field, as 2.9's does, and the insert is priced by that entry's capacity.
   */
  private int insert(SystemCall c, String key, EntryObject entry) {
    String keyField = table.info().keyField();
    int rows = TableWrites.insert(c, table, key, entry.toEntryWithout(keyField));
    if (rows > 0) {
      entry.set(keyField, key);
      c.gas().raiseMemory(entry.capacity() * rows);
      c.gas().record(PrecompiledGas.Operation.INSERT, rows);
    }
    return rows;
  }

  private int update(SystemCall c, String key, EntryObject entry, Condition condition) {
    return updateIn(table, c, key, entry, condition);
  }

  /** Updates the rows (KVTable's too); 2.9 sets, not raises, the memory to the entry's capacity. */
  static int updateIn(
      Table table, SystemCall c, String key, EntryObject entry, Condition condition) {
    Entry fields = entry.toEntryWithout(table.info().keyField());
    int rows = TableWrites.update(c, table, key, fields, condition);
    if (rows > 0) {
      c.gas().setMemory(entry.capacity() * rows);
      c.gas().record(PrecompiledGas.Operation.UPDATE, rows);
    }
    return rows;
  }

  static Object[] count(int rows) {
    return new Object[] {BigInteger.valueOf(rows)};
  }
}
