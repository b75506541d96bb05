package org.jbcos.storage;

/**
 * One stored row: the hidden fields {@code _id_} (global, assigned at commit), {@code _num_} (block
 * of the last write) and {@code _status_} (removed rows are soft-deleted), and its fields, the key
 * field included.
 */
public record Row(long id, long num, boolean removed, Entry fields) {
  public Row {
    if (id <= 0) {
      throw new IllegalArgumentException("row id must be positive: " + id);
    }
    if (fields == null) {
      throw new IllegalArgumentException("null fields");
    }
  }

  /** The {@code _status_} value: 0 live, 1 removed. */
  public int status() {
    return removed ? 1 : 0;
  }

  /** The key value, read from the table's key field. */
  public String key(TableInfo table) {
    return fields.getOrEmpty(table.keyField());
  }
}
