package org.jbcos.node.config;

import java.util.Locale;

/** {@code group.N.ini [storage] type}: the group's database. */
public enum StorageType {
  /** An embedded RocksDB under {@code data/groupN/}; the default. */
  ROCKSDB,
  /** A MySQL / MariaDB database reached directly ({@code db_*} keys). */
  MYSQL,
  /** RocksDB split into archive files every scroll threshold of blocks. */
  SCALABLE;

  /** The word in the file. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
