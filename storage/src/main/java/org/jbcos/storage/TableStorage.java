package org.jbcos.storage;

import java.util.List;

/**
 * A persistent backend of tables (the SPI): RocksDB, MariaDB, in-memory. It stores rows, answers
 * reads by key, and applies one block's changes atomically. The table model itself (conditions,
 * savepoints, state root) lives above it, in {@link BlockTableFactory}, so every backend behaves
 * the same.
 *
 * <p>Implementations are thread-safe. Reads may run concurrently with each other; {@link #commit}
 * is called by one thread at a time.
 */
public interface TableStorage extends AutoCloseable {
  /**
   * The live rows ({@code _status_ = 0}) stored under {@code key}, in {@code _id_} order. A table
   * that was never written reads as empty.
   */
  List<Row> select(TableInfo table, String key);

  /**
   * Writes one block's changes, all or nothing. A row replaces the stored row with the same {@code
   * _id_}; removed rows are kept with {@code _status_ = 1}. The last committed block number is
   * updated in the same atomic write.
   *
   * @throws IllegalArgumentException if {@code blockNumber} is not {@link #lastCommittedBlock()} +
   *     1
   * @throws StorageException if the backend failed; the block may or may not be stored, never part
   *     of it
   */
  void commit(long blockNumber, List<TableChanges> changes);

  /** The number of the last committed block, or -1 for an empty store. */
  long lastCommittedBlock();

  /**
   * Every stored row of a table, removed ones included, ordered by key (bytes) then {@code _id_}.
   * For tools and tests; it reads the whole table.
   */
  List<Row> scan(TableInfo table);

  @Override
  void close();
}
