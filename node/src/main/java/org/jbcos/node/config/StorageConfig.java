package org.jbcos.node.config;

/**
 * {@code group.N.ini [storage]}: the group's database and its cache.
 *
 * @param type {@code type}, default rocksdb
 * @param binaryLog {@code binary_log}, default false
 * @param scrollThresholdMultiple {@code scroll_threshold_multiple}, default 2 (scalable: ×1000
 *     blocks per file)
 * @param cachedStorage {@code cached_storage}, default true
 * @param maxCapacityMb {@code max_capacity} in MB, default 32: the cache size
 * @param maxForwardBlock {@code max_forward_block}, default 10: committed blocks the cache may hold
 *     before it must flush
 * @param maxRetry {@code max_retry}, default 60 (external storage, deprecated)
 * @param topic {@code topic}, default {@code DB} (external storage, deprecated)
 * @param dbIp {@code db_ip} (mysql), default 127.0.0.1
 * @param dbPort {@code db_port} (mysql), default 3306
 * @param dbUsername {@code db_username} (mysql), required for mysql
 * @param dbPasswd {@code db_passwd} (mysql), may be empty
 * @param dbName {@code db_name} (mysql), required for mysql; one database per node and group
 * @param dbCharset {@code db_charset} (mysql), default utf8mb4
 * @param initConnections {@code init_connections} (mysql), default 15
 * @param maxConnections {@code max_connections} (mysql), default 50 (FISCO's code; its docs say 20)
 */
public record StorageConfig(
    StorageType type,
    boolean binaryLog,
    int scrollThresholdMultiple,
    boolean cachedStorage,
    int maxCapacityMb,
    int maxForwardBlock,
    int maxRetry,
    String topic,
    String dbIp,
    int dbPort,
    String dbUsername,
    String dbPasswd,
    String dbName,
    String dbCharset,
    int initConnections,
    int maxConnections) {
  static final String SECTION = "storage";
  private static final String TYPE = "type";
  private static final String BINARY_LOG = "binary_log";
  private static final String SCROLL_THRESHOLD_MULTIPLE = "scroll_threshold_multiple";
  private static final String CACHED_STORAGE = "cached_storage";
  private static final String MAX_CAPACITY = "max_capacity";
  private static final String MAX_FORWARD_BLOCK = "max_forward_block";
  private static final String MAX_RETRY = "max_retry";
  private static final String TOPIC = "topic";
  private static final String DB_IP = "db_ip";
  private static final String DB_PORT = "db_port";
  private static final String DB_USERNAME = "db_username";
  private static final String DB_PASSWD = "db_passwd";
  private static final String DB_NAME = "db_name";
  private static final String DB_CHARSET = "db_charset";
  private static final String INIT_CONNECTIONS = "init_connections";
  private static final String MAX_CONNECTIONS = "max_connections";

  private static final int DEFAULT_SCROLL = 2;
  private static final int DEFAULT_MAX_CAPACITY = 32;
  private static final int DEFAULT_MAX_FORWARD_BLOCK = 10;
  private static final int DEFAULT_MAX_RETRY = 60;
  private static final int DEFAULT_DB_PORT = 3306;
  private static final int DEFAULT_INIT_CONNECTIONS = 15;
  private static final int DEFAULT_MAX_CONNECTIONS = 50;

  /** FISCO's defaults for {@code type}, with empty MySQL credentials. */
  public static StorageConfig defaults(StorageType type) {
    return mysql(type, "", "", "");
  }

  /** FISCO's defaults for {@code type} with these MySQL credentials on 127.0.0.1:3306. */
  public static StorageConfig mysql(
      StorageType type, String dbUsername, String dbPasswd, String dbName) {
    return new StorageConfig(
        type,
        false,
        DEFAULT_SCROLL,
        true,
        DEFAULT_MAX_CAPACITY,
        DEFAULT_MAX_FORWARD_BLOCK,
        DEFAULT_MAX_RETRY,
        "DB",
        "127.0.0.1",
        DEFAULT_DB_PORT,
        dbUsername,
        dbPasswd,
        dbName,
        "utf8mb4",
        DEFAULT_INIT_CONNECTIONS,
        DEFAULT_MAX_CONNECTIONS);
  }

  static StorageConfig read(SectionReader r) {
    StorageType type = r.choice(TYPE, StorageType.ROCKSDB, StorageType.class);
    String dbUsername = r.string(DB_USERNAME, "");
    String dbName = r.string(DB_NAME, "");
    if (type == StorageType.MYSQL && dbUsername.isEmpty()) {
      throw r.error(DB_USERNAME, "is required when type=mysql");
    }
    if (type == StorageType.MYSQL && dbName.isEmpty()) {
      throw r.error(DB_NAME, "is required when type=mysql (one database per node and group)");
    }
    int initConnections = r.integer(INIT_CONNECTIONS, DEFAULT_INIT_CONNECTIONS, 1, 10_000);
    int maxConnections = r.integer(MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS, 1, 10_000);
    if (initConnections > maxConnections) {
      throw r.error(
          INIT_CONNECTIONS,
          "is " + initConnections + ", more than max_connections (" + maxConnections + ")");
    }
    return new StorageConfig(
        type,
        r.bool(BINARY_LOG, false),
        r.integer(SCROLL_THRESHOLD_MULTIPLE, DEFAULT_SCROLL, 1, Integer.MAX_VALUE),
        r.bool(CACHED_STORAGE, true),
        r.integer(MAX_CAPACITY, DEFAULT_MAX_CAPACITY, 1, Integer.MAX_VALUE),
        r.integer(MAX_FORWARD_BLOCK, DEFAULT_MAX_FORWARD_BLOCK, 1, Integer.MAX_VALUE),
        r.integer(MAX_RETRY, DEFAULT_MAX_RETRY, 0, Integer.MAX_VALUE),
        r.string(TOPIC, "DB"),
        r.string(DB_IP, "127.0.0.1"),
        r.integer(DB_PORT, DEFAULT_DB_PORT, 1, Addresses.MAX_PORT),
        dbUsername,
        r.stringAllowingEmpty(DB_PASSWD, ""),
        dbName,
        r.string(DB_CHARSET, "utf8mb4"),
        initConnections,
        maxConnections);
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .comment("storage db type, rocksdb / mysql / scalable, rocksdb is recommended")
        .entry(TYPE, type.toString())
        .comment("set true to turn on binary log")
        .entry(BINARY_LOG, binaryLog)
        .comment("scroll_threshold=scroll_threshold_multiple*1000, only for scalable")
        .entry(SCROLL_THRESHOLD_MULTIPLE, scrollThresholdMultiple)
        .comment("set false to disable CachedStorage")
        .entry(CACHED_STORAGE, cachedStorage)
        .comment("max cache memory, MB")
        .entry(MAX_CAPACITY, maxCapacityMb)
        .entry(MAX_FORWARD_BLOCK, maxForwardBlock)
        .comment("only for external, deprecated in v2.3.0")
        .entry(MAX_RETRY, maxRetry)
        .entry(TOPIC, topic)
        .comment("only for mysql")
        .entry(DB_IP, dbIp)
        .entry(DB_PORT, dbPort)
        .entry(DB_USERNAME, dbUsername)
        .entry(DB_PASSWD, dbPasswd)
        .entry(DB_NAME, dbName)
        .entry(DB_CHARSET, dbCharset)
        .entry(INIT_CONNECTIONS, initConnections)
        .entry(MAX_CONNECTIONS, maxConnections);
  }
}
