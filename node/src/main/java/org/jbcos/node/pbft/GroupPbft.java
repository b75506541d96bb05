package org.jbcos.node.pbft;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jbcos.consensus.BlockAssembler;
import org.jbcos.consensus.pbft.DropReason;
import org.jbcos.consensus.pbft.FilePrepareBackup;
import org.jbcos.consensus.pbft.PbftConfig;
import org.jbcos.consensus.pbft.PbftEngine;
import org.jbcos.consensus.pbft.PbftRunner;
import org.jbcos.consensus.pbft.PbftStatus;
import org.jbcos.consensus.pbft.SuiteCrypto;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.ledger.Ledger;
import org.jbcos.network.ModuleId;
import org.jbcos.node.network.NodeNetwork;
import org.jbcos.protocol.Block;
import org.jbcos.txpool.TxPool;

/**
 * A group's PBFT: the engine on its own thread, fed by the group's PBFT messages from the network,
 * proposing from the pool, executing and committing through the ledger. The committed-prepare
 * backup lives in {@code data/group<N>/pbftMsgBackup}.
 */
public final class GroupPbft implements AutoCloseable {
  private static final int QUEUE_CAPACITY = 10_000;
  private static final long TICK_MILLIS = 10;

  private final int groupId;
  private final NodeNetwork network;
  private final PbftRunner runner;
  private final PbftEngine engine;
  private static final long STATUS_REFRESH_NANOS = 100_000_000L;

  private final AtomicLong lastRefreshNanos =
      new AtomicLong(System.nanoTime() - STATUS_REFRESH_NANOS);
  private volatile PbftStatus status;
  private volatile Map<DropReason, Long> dropped = Map.of();

  private GroupPbft(int groupId, NodeNetwork network, PbftEngine engine, PbftRunner runner) {
    this.groupId = groupId;
    this.network = network;
    this.engine = engine;
    this.runner = runner;
  }

  /**
   * Starts PBFT for a group.
   *
   * @param committed told of every block PBFT commits (after the ledger wrote it)
   */
  public static GroupPbft start(
      int groupId,
      CryptoSuite suite,
      KeyPair nodeKey,
      Ledger ledger,
      TxPool pool,
      BlockAssembler assembler,
      NodeNetwork network,
      Path backupDir,
      long minBlockGenerationMillis,
      long genesisConsensusTimeoutSeconds,
      Consumer<Block> committed) {
    LedgerChainView chain = new LedgerChainView(ledger, genesisConsensusTimeoutSeconds);
    PbftConfig defaults = PbftConfig.defaults();
    PbftConfig config =
        new PbftConfig(
            defaults.emptyBlockGenTimeMillis(),
            minBlockGenerationMillis,
            defaults.maxChangeCycle(),
            defaults.futureMessageLimit(),
            defaults.futureHeightWindow());
    SuiteCrypto crypto = new SuiteCrypto(suite, nodeKey);
    PbftEngine engine =
        new PbftEngine(
            config,
            crypto.nodeId(),
            chain,
            new PoolProposer(suite, pool, ledger, assembler),
            new LedgerExecutor(groupId, suite, ledger, assembler, pool),
            new LedgerCommitter(groupId, ledger, assembler.chainLock(), committed),
            new P2pGossiper(network.p2p(), groupId, chain::sealers),
            new FilePrepareBackup(backupDir),
            crypto,
            System::currentTimeMillis);
    PbftRunner runner =
        new PbftRunner(engine, QUEUE_CAPACITY, TICK_MILLIS, "group" + groupId + "-pbft");
    GroupPbft pbft = new GroupPbft(groupId, network, engine, runner);
    network.register(
        groupId,
        ModuleId.PBFT,
        (from, packetType, payload) ->
            runner.submitMessage(P2pGossiper.fromNetwork(from), payload));
    runner.start();
    pbft.refreshStatus();
    return pbft;
  }

  /** A block committed by someone else (sync): PBFT moves to the new head. */
  public void onNewHead() {
    runner.submitNewHead();
    refreshStatus();
  }

  /** The engine's view and leader as last seen (for the getPbftView/getConsensusStatus RPCs). */
  public PbftStatus status() {
    refreshStatus();
    return status;
  }

  /** Messages the engine ignored, per reason, as last seen (refreshed with the status). */
  public Map<DropReason, Long> droppedMessages() {
    refreshStatus();
    return dropped;
  }

  /**
   * Asks the engine thread for a fresh status at most every 100 ms, so that a flood of status RPCs
   * cannot fill the queue the consensus messages share.
   */
  private void refreshStatus() {
    long now = System.nanoTime();
    long last = lastRefreshNanos.get();
    if (now - last >= STATUS_REFRESH_NANOS && lastRefreshNanos.compareAndSet(last, now)) {
      runner.submit(
          () -> {
            status = engine.status();
            dropped = engine.droppedCounts();
          });
    }
  }

  @Override
  public void close() {
    network.unregister(groupId, ModuleId.PBFT);
    runner.close();
  }
}
