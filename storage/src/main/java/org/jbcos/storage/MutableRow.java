package org.jbcos.storage;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** A row inside a block's memory table; guarded by the lock of its key in the table. */
final class MutableRow {
  /** 0 for a row inserted in this block; set at commit. */
  final long id;

  final String key;
  final byte[] keyBytes;

  /**
   * The key field and the value fields; values are never mutated in place, only replaced through
   * {@link #set}.
   */
  final TreeMap<String, byte[]> fields;

  /** {@link #fields} as an entry, built on the first read after a change. */
  private Entry snapshot;

  boolean removed;

  /** An insert undone by a rollback: invisible, not hashed, not written. */
  boolean discarded;

  MutableRow(
      long id, String key, byte[] keyBytes, TreeMap<String, byte[]> fields, boolean removed) {
    this.id = id;
    this.key = key;
    this.keyBytes = keyBytes;
    this.fields = fields;
    this.removed = removed;
  }

  static MutableRow of(Row row, TableInfo table) {
    String key = row.key(table);
    return new MutableRow(
        row.id(), key, key.getBytes(StandardCharsets.UTF_8), row.fields().toMap(), row.removed());
  }

  boolean visible() {
    return !removed && !discarded;
  }

  void set(String field, byte[] value) {
    fields.put(field, value);
    snapshot = null;
  }

  /** The fields as an immutable entry (Entry.adopt copies the map into arrays). */
  Entry snapshot() {
    Entry s = snapshot;
    if (s == null) {
      s = Entry.adopt(fields);
      snapshot = s;
    }
    return s;
  }

  Row toRow(long rowId, long num) {
    return new Row(rowId, num, removed, snapshot());
  }

  /** The number of bytes this row adds to its table's hash input. */
  int hashInputLength() {
    int n = 1;
    for (Map.Entry<String, byte[]> f : fields.entrySet()) {
      if (NamingRules.isHashField(f.getKey())) {
        n += f.getKey().length() + f.getValue().length;
      }
    }
    return n;
  }
}
