package org.jbcos.storage;

import java.util.List;

/**
 * The rows of one table that a block wrote: rows already stored (updated or removed) and new rows,
 * each with its final {@code _id_}, {@code _num_} (the block) and {@code _status_}.
 */
public record TableChanges(TableInfo table, List<Row> rows) {
  public TableChanges {
    rows = List.copyOf(rows);
  }
}
