package org.jbcos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jbcos.crypto.Keccak256;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Row;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableInfo;
import org.jbcos.storage.TableStorage;
import org.jbcos.storage.cache.CachedTableStorage;
import org.jbcos.storage.mariadb.MariaDbConfig;
import org.jbcos.storage.mariadb.MariaDbTableStorage;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Storage hot paths: a block of 1,000 new contract-storage rows from the memory layer to disk
 * (state root included), point reads through the cache (hit and miss), and the state root of 10,000
 * dirty rows. MariaDB runs only with {@code JBCOS_TEST_MYSQL_URL} set (select it with {@code -p
 * backend=mariadb}).
 */
public class StorageBenchmark {
  private static final String CONTRACT = "c_1234567890abcdef1234567890abcdef12345678";
  private static final TableInfo STATE = TableInfo.of(CONTRACT, "key", List.of("value"));

  /** A contract-storage row as 2.x writes it: decimal slot, decimal value. */
  static Entry slotValue(long value) {
    return Entry.of("value", Long.toString(value * 1_000_003L));
  }

  static void createContract(TableStorage storage) {
    BlockTableFactory genesis = new BlockTableFactory(storage, Keccak256.INSTANCE, 0);
    genesis.createTable(CONTRACT, "key", List.of("value"));
    genesis.commit();
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** One block writing 1,000 new rows, its state root, and its atomic commit. */
  @State(Scope.Thread)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public static class BlockCommit {
    /** {@code rocksdb} (WAL, no fsync, the default), {@code rocksdb-sync}, {@code mariadb}. */
    @Param({"rocksdb", "rocksdb-sync"})
    public String backend;

    private Path dir;
    private MariaDbConfig mariaDb;
    private TableStorage storage;
    private long slot;

    @Setup(Level.Trial)
    public void open() throws IOException {
      switch (backend) {
        case "rocksdb", "rocksdb-sync" -> {
          dir = Files.createTempDirectory("jbcos-bench");
          storage =
              RocksDbTableStorage.open(new RocksDbConfig(dir, backend.equals("rocksdb-sync")));
        }
        case "mariadb" -> {
          String url = System.getenv("JBCOS_TEST_MYSQL_URL");
          if (url == null) {
            throw new IllegalStateException("backend=mariadb needs JBCOS_TEST_MYSQL_URL");
          }
          MariaDbConfig base = MariaDbConfig.fromJdbcUrl(url);
          mariaDb = base.withDatabase(base.database() + "_bench");
          storage = MariaDbTableStorage.open(mariaDb);
        }
        default -> throw new IllegalArgumentException(backend);
      }
      createContract(storage);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      storage.close();
      if (dir != null) {
        deleteTree(dir);
      }
      if (mariaDb != null) {
        try (var c =
                java.sql.DriverManager.getConnection(
                    mariaDb.serverUrl(), mariaDb.user(), mariaDb.password());
            var s = c.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS `" + mariaDb.database() + "`");
        }
      }
    }

    @Benchmark
    public byte[] commit1000Rows() {
      BlockTableFactory block =
          new BlockTableFactory(storage, Keccak256.INSTANCE, storage.lastCommittedBlock() + 1);
      Table t = block.openTable(CONTRACT).orElseThrow();
      for (int i = 0; i < 1000; i++) {
        long s = slot++;
        t.insert(Long.toString(s), slotValue(s));
      }
      byte[] root = block.stateRoot();
      block.commit();
      return root;
    }
  }

  /** Point reads of one key through the read cache, over RocksDB holding 100,000 keys. */
  @State(Scope.Thread)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public static class PointRead {
    private static final int KEYS = 100_000;
    private static final int HOT = 1_000;

    private Path dir;
    private RocksDbTableStorage rocks;
    private CachedTableStorage warm;
    private CachedTableStorage cold;
    private final Random random = new Random(7);

    @Setup(Level.Trial)
    public void fill() throws IOException {
      dir = Files.createTempDirectory("jbcos-bench");
      rocks = RocksDbTableStorage.open(new RocksDbConfig(dir, false));
      createContract(rocks);
      for (int b = 0; b < KEYS / 10_000; b++) {
        BlockTableFactory block = new BlockTableFactory(rocks, Keccak256.INSTANCE, b + 1);
        Table t = block.openTable(CONTRACT).orElseThrow();
        for (int i = 0; i < 10_000; i++) {
          long s = b * 10_000L + i;
          t.insert(Long.toString(s), slotValue(s));
        }
        block.commit();
      }
      warm = new CachedTableStorage(rocks, CachedTableStorage.DEFAULT_CAPACITY_BYTES);
      for (int i = 0; i < HOT; i++) {
        warm.select(STATE, Long.toString(i));
      }
      // far smaller than the key set: nearly every read misses
      cold = new CachedTableStorage(rocks, 4 * 1024);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      System.out.println();
      System.out.println("warm cache: " + warm.stats());
      System.out.println("cold cache: " + cold.stats());
      rocks.close();
      deleteTree(dir);
    }

    @Benchmark
    public List<Row> cacheHit() {
      return warm.select(STATE, Integer.toString(random.nextInt(HOT)));
    }

    @Benchmark
    public List<Row> cacheMiss() {
      return cold.select(STATE, Integer.toString(random.nextInt(KEYS)));
    }
  }

  /** The state root of a block that changed 10,000 rows of one contract. */
  @State(Scope.Thread)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public static class StateRoot {
    /** {@code updated}: stored rows the block changed; {@code inserted}: new rows. */
    @Param({"updated", "inserted"})
    public String rows;

    private BlockTableFactory block;

    @Setup(Level.Trial)
    public void fill() {
      InMemoryTableStorage storage = new InMemoryTableStorage();
      createContract(storage);
      if (rows.equals("updated")) {
        BlockTableFactory b1 = new BlockTableFactory(storage, Keccak256.INSTANCE, 1);
        Table t = b1.openTable(CONTRACT).orElseThrow();
        for (int i = 0; i < 10_000; i++) {
          t.insert(Integer.toString(i), slotValue(i));
        }
        b1.commit();
      }
      block = new BlockTableFactory(storage, Keccak256.INSTANCE, storage.lastCommittedBlock() + 1);
      Table t = block.openTable(CONTRACT).orElseThrow();
      for (int i = 0; i < 10_000; i++) {
        String key = Integer.toString(i);
        if (rows.equals("updated")) {
          t.update(key, slotValue(i + 1), Condition.all());
        } else {
          t.insert(key, slotValue(i));
        }
      }
    }

    @Benchmark
    public byte[] stateRoot() {
      return block.stateRoot();
    }
  }
}
