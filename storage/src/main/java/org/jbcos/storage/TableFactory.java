package org.jbcos.storage;

import java.util.List;
import java.util.Optional;

/**
 * The tables of one block, with savepoints: the executor takes a savepoint before each transaction
 * and each nested call, and rolls back to it on revert.
 *
 * <p>The change log behind savepoints belongs to the calling thread, as in 2.x: under DAG-parallel
 * execution a worker's rollback undoes only its own transaction's writes.
 */
public interface TableFactory {
  /** The block these tables belong to. */
  long blockNumber();

  /** A system table, or a table created through {@link #createTable} (this block or earlier). */
  Optional<Table> openTable(String name);

  /**
   * Creates a table: writes its schema row into {@code _sys_tables_} in this block.
   *
   * @throws TableException {@link ErrorCode#TABLE_NAME_ALREADY_EXISTS} if it exists, or a naming
   *     error
   */
  Table createTable(String name, String keyField, List<String> valueFields);

  /** A mark to roll back to; the size of this thread's change log. */
  int savepoint();

  /** Undoes this thread's changes made after {@code savepoint}. */
  void rollback(int savepoint);
}
