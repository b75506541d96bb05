package org.jbcos.storage.rocksdb;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbcos.storage.Row;
import org.jbcos.storage.StorageException;
import org.jbcos.storage.TableChanges;
import org.jbcos.storage.TableInfo;
import org.jbcos.storage.TableStorage;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default backend. One RocksDB key per table key, holding all its rows; one WriteBatch
 * per block, WAL on, with the block number in the same batch, so a crash leaves the store at the
 * last committed block or the next one.
 *
 * <p>Keys are {@code <table name> 0x00 <key UTF-8>}. (2.x joins them with '_', which lets table
 * {@code u_a} key {@code b_c} collide with table {@code u_a_b} key {@code c}; table names cannot
 * hold 0x00.) The block number lives under a key starting with 0x00, which no table name does.
 */
public final class RocksDbTableStorage implements TableStorage {
  private static final Logger LOG = LoggerFactory.getLogger(RocksDbTableStorage.class);
  private static final byte[] LAST_BLOCK_KEY =
      "\0last_committed_block".getBytes(StandardCharsets.US_ASCII);

  static {
    RocksDB.loadLibrary();
  }

  private final RocksDbConfig config;
  private final Options options;
  private final BloomFilter bloom;
  private final WriteOptions writeOptions;
  private final RocksDB db;
  private volatile long lastCommitted;
  private volatile boolean closed;

  private RocksDbTableStorage(RocksDbConfig config) {
    this.config = config;
    bloom = new BloomFilter(10, false);
    options =
        new Options()
            .setCreateIfMissing(true)
            .setMaxOpenFiles(200)
            .setCompressionType(CompressionType.SNAPPY_COMPRESSION)
            .setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(bloom));
    writeOptions = new WriteOptions().setSync(config.syncWrites()).setDisableWAL(false);
    try {
      Files.createDirectories(config.path());
      db = RocksDB.open(options, config.path().toString());
      byte[] last = db.get(LAST_BLOCK_KEY);
      lastCommitted = last == null ? -1 : ByteBuffer.wrap(last).getLong();
    } catch (RocksDBException | java.io.IOException e) {
      options.close();
      writeOptions.close();
      bloom.close();
      throw new StorageException("cannot open RocksDB at " + config.path() + ": " + e, e);
    }
    LOG.info("RocksDB opened at {}, last committed block {}", config.path(), lastCommitted);
  }

  public static RocksDbTableStorage open(RocksDbConfig config) {
    return new RocksDbTableStorage(config);
  }

  @Override
  public List<Row> select(TableInfo table, String key) {
    checkOpen();
    byte[] value;
    try {
      value = db.get(dbKey(table.name(), key));
    } catch (RocksDBException e) {
      throw new StorageException("RocksDB read of " + table.name() + " failed: " + e, e);
    }
    if (value == null) {
      return List.of();
    }
    List<Row> rows = RowCodec.decode(value);
    rows.removeIf(Row::removed);
    return rows;
  }

  @Override
  public synchronized void commit(long blockNumber, List<TableChanges> changes) {
    checkOpen();
    if (blockNumber != lastCommitted + 1) {
      throw new IllegalArgumentException(
          "block " + blockNumber + " does not follow the last committed " + lastCommitted);
    }
    // all rows of one table key, stored and changed, merged by id
    Map<DbKey, TreeMap<Long, Row>> merged = new LinkedHashMap<>();
    for (TableChanges c : changes) {
      byte[] table = c.table().name().getBytes(StandardCharsets.UTF_8);
      String keyField = c.table().keyField();
      for (Row r : c.rows()) {
        byte[] key = dbKey(table, r.fields().bytes(keyField).orElse(new byte[0]));
        merged.computeIfAbsent(new DbKey(key), k -> new TreeMap<>()).put(r.id(), r);
      }
    }
    try (WriteBatch batch = new WriteBatch()) {
      List<byte[]> keys = new ArrayList<>(merged.size());
      merged.keySet().forEach(k -> keys.add(k.bytes));
      List<byte[]> stored = db.multiGetAsList(keys);
      int i = 0;
      for (Map.Entry<DbKey, TreeMap<Long, Row>> e : merged.entrySet()) {
        byte[] old = stored.get(i++);
        TreeMap<Long, Row> rows = e.getValue();
        if (old != null) {
          for (Row r : RowCodec.decode(old)) {
            rows.putIfAbsent(r.id(), r);
          }
        }
        batch.put(e.getKey().bytes, RowCodec.encode(rows.values()));
      }
      batch.put(LAST_BLOCK_KEY, ByteBuffer.allocate(8).putLong(blockNumber).array());
      db.write(writeOptions, batch);
    } catch (RocksDBException e) {
      throw new StorageException(
          "RocksDB commit of block " + blockNumber + " failed at " + config.path() + ": " + e, e);
    }
    lastCommitted = blockNumber;
  }

  @Override
  public long lastCommittedBlock() {
    return lastCommitted;
  }

  @Override
  public List<Row> scan(TableInfo table) {
    checkOpen();
    byte[] prefix = dbKey(table.name(), "");
    List<Row> out = new ArrayList<>();
    try (ReadOptions ro = new ReadOptions();
        RocksIterator it = db.newIterator(ro)) {
      for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
        out.addAll(RowCodec.decode(it.value()));
      }
      it.status();
    } catch (RocksDBException e) {
      throw new StorageException("RocksDB scan of " + table.name() + " failed: " + e, e);
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      db.syncWal();
    } catch (RocksDBException e) {
      LOG.warn("RocksDB WAL sync on close failed: {}", e.toString());
    }
    db.close();
    writeOptions.close();
    options.close();
    bloom.close();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("RocksDB at " + config.path() + " is closed");
    }
  }

  static byte[] dbKey(String table, String key) {
    return dbKey(table.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] dbKey(byte[] t, byte[] k) {
    byte[] out = new byte[t.length + 1 + k.length];
    System.arraycopy(t, 0, out, 0, t.length);
    System.arraycopy(k, 0, out, t.length + 1, k.length);
    return out;
  }

  private static boolean startsWith(byte[] a, byte[] prefix) {
    return a.length >= prefix.length
        && Arrays.equals(a, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** A byte[] with value equality, for the merge map. */
  private record DbKey(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof DbKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
