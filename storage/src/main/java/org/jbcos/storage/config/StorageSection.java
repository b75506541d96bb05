package org.jbcos.storage.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jbcos.storage.TableStorage;
import org.jbcos.storage.cache.CachedTableStorage;
import org.jbcos.storage.mariadb.MariaDbConfig;
import org.jbcos.storage.mariadb.MariaDbTableStorage;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;

/**
 * The {@code [storage]} section of {@code group.N.ini}, and the backend it describes.
 *
 * <ul>
 *   <li>{@code type}: {@code rocksdb} (default) or {@code mysql}; 2.x's {@code scalable} and {@code
 *       external} are refused;
 *   <li>{@code cached_storage} (default true) and {@code max_capacity} in MB (default 32, 2.x's
 *       code default): the read cache;
 *   <li>{@code db_ip}, {@code db_port}, {@code db_username}, {@code db_passwd}, {@code db_name},
 *       {@code max_connections}: MariaDB, see {@link MariaDbConfig#fromStorageSection}.
 * </ul>
 *
 * 2.x's {@code max_forward_block} has no meaning here: commits are synchronous, there is no
 * write-back queue to bound.
 */
public record StorageSection(
    Type type, boolean cached, long cacheCapacityBytes, Optional<MariaDbConfig> mariaDb) {
  /** A backend kind. */
  public enum Type {
    ROCKSDB,
    MYSQL
  }

  public static StorageSection parse(Map<String, String> section) {
    String typeName = section.getOrDefault("type", "rocksdb").trim().toLowerCase(Locale.ROOT);
    Type type =
        switch (typeName) {
          case "rocksdb" -> Type.ROCKSDB;
          case "mysql" -> Type.MYSQL;
          default ->
              throw new IllegalArgumentException(
                  "[storage] type = " + typeName + " is not supported; use rocksdb or mysql");
        };
    boolean cached = Boolean.parseBoolean(section.getOrDefault("cached_storage", "true").trim());
    long mb = Long.parseLong(section.getOrDefault("max_capacity", "32").trim());
    if (mb <= 0) {
      throw new IllegalArgumentException("[storage] max_capacity must be positive: " + mb);
    }
    return new StorageSection(
        type,
        cached,
        mb * 1024 * 1024,
        type == Type.MYSQL
            ? Optional.of(MariaDbConfig.fromStorageSection(section))
            : Optional.empty());
  }

  /** Opens the group's backend, {@code <dataDir>/group<N>/block/RocksDB} for RocksDB. */
  public TableStorage open(Path dataDir, int groupId) {
    TableStorage backend =
        switch (type) {
          case ROCKSDB -> RocksDbTableStorage.open(RocksDbConfig.forGroup(dataDir, groupId));
          case MYSQL -> MariaDbTableStorage.open(mariaDb.orElseThrow());
        };
    return cached ? new CachedTableStorage(backend, cacheCapacityBytes) : backend;
  }
}
