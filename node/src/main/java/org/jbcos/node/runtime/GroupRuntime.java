package org.jbcos.node.runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jbcos.consensus.BlockAssembler;
import org.jbcos.consensus.BlockListener;
import org.jbcos.consensus.SoloSealer;
import org.jbcos.consensus.pbft.DropReason;
import org.jbcos.consensus.pbft.PbftStatus;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.executor.ParallelExecution;
import org.jbcos.executor.precompiled.GasMetrics;
import org.jbcos.ledger.GenesisConfig;
import org.jbcos.ledger.Ledger;
import org.jbcos.node.config.ConsensusType;
import org.jbcos.node.config.GroupConfig;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.StorageConfig;
import org.jbcos.node.config.SupportedVersion;
import org.jbcos.node.network.NodeNetwork;
import org.jbcos.node.pbft.GroupPbft;
import org.jbcos.node.sync.GroupSyncs;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.TableStorage;
import org.jbcos.storage.cache.CachedTableStorage;
import org.jbcos.storage.mariadb.MariaDbConfig;
import org.jbcos.storage.mariadb.MariaDbTableStorage;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;
import org.jbcos.sync.GroupSync;
import org.jbcos.txpool.Admission;
import org.jbcos.txpool.ChainView;
import org.jbcos.txpool.TxPool;
import org.jbcos.txpool.TxPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running group: its storage, ledger, transaction pool and sealer, independent of the node's
 * other groups. The sealer ticks on its own thread; {@link #close()} stops it and the storage.
 */
public final class GroupRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupRuntime.class);
  private static final long TICK_MILLIS = 20;

  private final int groupId;
  private final CryptoSuite suite;
  private final TableStorage storage;
  private final Ledger ledger;
  private final TxPool pool;
  private final List<BlockListener> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService timer;
  private SoloSealer soloSealer;
  private GroupPbft pbft;
  private GroupSync sync;

  private GroupRuntime(
      int groupId, CryptoSuite suite, TableStorage storage, Ledger ledger, TxPool pool) {
    this.groupId = groupId;
    this.suite = suite;
    this.storage = storage;
    this.ledger = ledger;
    this.pool = pool;
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "group" + groupId + "-timer");
              t.setDaemon(true);
              return t;
            });
  }

  /** Opens the group's storage and ledger (writing genesis on first start) and starts sealing. */
  public static GroupRuntime start(
      LoadedConfig config,
      GroupConfig group,
      CryptoSuite suite,
      KeyPair nodeKey,
      NodeNetwork network) {
    int id = group.groupId();
    ConsensusType consensusType = group.genesis().consensus().type();
    if (consensusType != ConsensusType.PBFT) {
      throw new IllegalArgumentException(
          java.nio.file.Path.of(config.node().group().configPath(), "group." + id + ".genesis")
              + " [consensus] consensus_type: "
              + consensusType
              + " is not supported by JBCOS yet; use pbft (a single sealer seals alone)");
    }
    TableStorage storage = openStorage(config, group);
    try {
      var consensus = group.genesis().consensus();
      Ledger ledger =
          Ledger.open(
              storage,
              suite,
              new GenesisConfig(
                  id,
                  group.genesis().timestamp(),
                  consensus.sealers(),
                  consensus.type().toString().toLowerCase(java.util.Locale.ROOT),
                  consensus.maxTransNum(),
                  group.genesis().txGasLimit(),
                  consensus.consensusTimeout(),
                  consensus.observers()));
      var poolSettings = group.ini().txPool();
      TxPool pool =
          new TxPool(
              new TxPoolConfig(
                  poolSettings.limit(),
                  poolSettings.memoryLimitMb() * 1024L * 1024L,
                  poolSettings.txsExpirationTimeSeconds() * 1000L,
                  BigInteger.valueOf(config.node().chain().id()),
                  BigInteger.valueOf(id)),
              suite,
              chainView(ledger),
              System::currentTimeMillis);
      GasSchedule schedule =
          group.genesis().enableFreeStorage()
              ? GasSchedule.fiscoFreeStorage()
              : GasSchedule.fisco();
      GroupRuntime runtime = new GroupRuntime(id, suite, storage, ledger, pool);
      // [tx_execute] enable_parallel: DAG-parallel (default) or serial, same results either way
      BlockExecutor executor =
          new BlockExecutor(
              suite,
              schedule,
              ParallelExecution.of(group.ini().enableParallel()),
              systemContractGas(
                  config.node().supportedVersion(), group.genesis().enableFreeStorage()));
      List<String> sealers = ledger.sealers();
      long minBlockTime = group.ini().consensus().minBlockGenerationTime();
      // one assembler per group: its lock keeps sealing and sync off each other's state
      BlockAssembler assembler = new BlockAssembler(suite, storage, ledger, executor);
      Runnable onSyncedBlock;
      if (sealers.size() == 1 && sealers.get(0).equalsIgnoreCase(nodeKey.publicKeyHex())) {
        // the only sealer: no one to agree with, seal directly (sync still serves observers)
        runtime.soloSealer =
            new SoloSealer(
                suite, nodeKey, assembler, ledger, pool, minBlockTime, System::currentTimeMillis);
        runtime.soloSealer.addListener(
            block -> {
              runtime.announce(block);
              runtime.sync.notifyNewHead();
            });
        onSyncedBlock = () -> {};
      } else {
        runtime.pbft =
            GroupPbft.start(
                id,
                suite,
                nodeKey,
                ledger,
                pool,
                assembler,
                network,
                config
                    .resolve(config.node().group().dataPath())
                    .resolve("group" + id)
                    .resolve("pbftMsgBackup"),
                minBlockTime,
                consensus.consensusTimeout(),
                block -> {
                  runtime.announce(block);
                  runtime.sync.notifyNewHead();
                });
        onSyncedBlock = () -> runtime.pbft.onNewHead();
      }
      runtime.sync =
          GroupSyncs.start(
              id,
              suite,
              ledger,
              pool,
              assembler,
              network,
              peer -> true,
              Math.max(100, group.ini().sync().idleWaitMs() * 5L),
              block -> {
                runtime.announce(block);
                onSyncedBlock.run();
              });
      runtime.startTimers();
      LOG.info("group {} started at block {}", id, ledger.blockNumber());
      return runtime;
    } catch (RuntimeException e) {
      storage.close();
      throw e;
    }
  }

  /**
   * The group's database: RocksDB under {@code data/group<N>/}, or the MariaDB/MySQL database named
   * in {@code group.N.ini [storage]}; behind a read cache of {@code max_capacity} MB when {@code
   * cached_storage} is on.
   */
  /**
   * How the group's system-contract calls are priced: as FISCO 2.9 does from {@code
   * supported_version} 2.4.0 on, with the free-storage metrics under {@code [evm]
   * enable_free_storage=true}; free below 2.4.0.
   */
  public static GasMetrics systemContractGas(SupportedVersion version, boolean freeStorage) {
    return GasMetrics.of(version.atLeast(SupportedVersion.V2_4_0), freeStorage);
  }

  static TableStorage openStorage(LoadedConfig config, GroupConfig group) {
    int id = group.groupId();
    StorageConfig settings = group.ini().storage();
    TableStorage backend =
        switch (settings.type()) {
          case ROCKSDB ->
              RocksDbTableStorage.open(
                  RocksDbConfig.forGroup(config.resolve(config.node().group().dataPath()), id));
          case MYSQL -> openMariaDb(id, settings);
          default ->
              throw new IllegalArgumentException(
                  "conf/group."
                      + id
                      + ".ini [storage] type: "
                      + settings.type()
                      + " is not supported by JBCOS; use rocksdb or mysql");
        };
    if (!settings.cachedStorage()) {
      return backend;
    }
    return new CachedTableStorage(backend, settings.maxCapacityMb() * 1024L * 1024L);
  }

  private static TableStorage openMariaDb(int id, StorageConfig settings) {
    MariaDbConfig db;
    try {
      db =
          new MariaDbConfig(
              settings.dbIp(),
              settings.dbPort(),
              settings.dbUsername(),
              settings.dbPasswd(),
              settings.dbName(),
              settings.maxConnections(),
              MariaDbConfig.DEFAULT_MAX_RETRIES,
              MariaDbConfig.DEFAULT_RETRY_DELAY);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "conf/group." + id + ".ini [storage]: " + e.getMessage(), e);
    }
    try {
      return MariaDbTableStorage.open(db);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "conf/group."
              + id
              + ".ini [storage]: cannot open MySQL database "
              + db.database()
              + " at "
              + db.host()
              + ":"
              + db.port()
              + " as '"
              + db.user()
              + "': "
              + e.getMessage(),
          e);
    }
  }

  private static ChainView chainView(Ledger ledger) {
    return new ChainView() {
      @Override
      public long blockNumber() {
        return ledger.blockNumber();
      }

      @Override
      public List<BigInteger> nonces(long number) {
        return ledger
            .blockByNumber(number)
            .map(b -> b.transactions().stream().map(Transaction::nonce).toList())
            .orElse(List.of());
      }
    };
  }

  private void startTimers() {
    if (soloSealer != null) {
      timer.scheduleWithFixedDelay(
          this::sealSafely, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
    timer.scheduleWithFixedDelay(pool::expire, 3, 3, TimeUnit.SECONDS);
  }

  /** A block this group committed (by its sealer, PBFT or sync): the pool and listeners hear. */
  private void announce(Block block) {
    pool.onBlockCommitted(block);
    for (BlockListener l : listeners) {
      try {
        l.onBlockCommitted(block);
      } catch (RuntimeException e) {
        LOG.warn("group {}: block listener {} failed: {}", groupId, l, e.toString());
      }
    }
  }

  /**
   * Admits a transaction from a client (RPC or channel) and, once admitted, gossips it to the
   * group's peers so that whoever leads can seal it.
   */
  public Admission submitFromClient(Transaction tx) {
    Admission admission = pool.submit(tx);
    if (sync != null && admission.status() == ReceiptStatus.NONE) {
      sync.broadcastFromClient(List.of(tx));
    }
    return admission;
  }

  /** Block sync's view (syncing, known highest block, peers), when the group has peers. */
  public Optional<org.jbcos.sync.SyncStatus> syncStatus() {
    return sync == null ? Optional.empty() : Optional.of(sync.status());
  }

  /** Told of every block the group commits, after the ledger wrote it. */
  public void addBlockListener(BlockListener listener) {
    listeners.add(listener);
  }

  private void sealSafely() {
    try {
      soloSealer.tick();
    } catch (RuntimeException e) {
      // a storage failure must stop the node rather than let it diverge
      LOG.error("group {}: sealing failed, stopping the node: {}", groupId, e.toString(), e);
      Runtime.getRuntime().halt(70);
    }
  }

  public int groupId() {
    return groupId;
  }

  public CryptoSuite suite() {
    return suite;
  }

  public Ledger ledger() {
    return ledger;
  }

  public TxPool pool() {
    return pool;
  }

  /** PBFT's status, when the group runs PBFT (more than one sealer, or this node observes). */
  public Optional<PbftStatus> pbftStatus() {
    return pbft == null ? Optional.empty() : Optional.ofNullable(pbft.status());
  }

  /** PBFT messages this node ignored, per reason (empty without PBFT). */
  public Map<DropReason, Long> pbftDroppedMessages() {
    return pbft == null ? Map.of() : pbft.droppedMessages();
  }

  public TableStorage storage() {
    return storage;
  }

  @Override
  public void close() {
    if (sync != null) {
      sync.close();
    }
    if (pbft != null) {
      pbft.close();
    }
    timer.shutdown();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    storage.close();
    LOG.info("group {} stopped", groupId);
  }
}
