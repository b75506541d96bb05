package org.jbcos.node.sync;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jbcos.consensus.BlockAssembler;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.ledger.Ledger;
import org.jbcos.network.ModuleId;
import org.jbcos.network.NodeId;
import org.jbcos.node.network.NodeNetwork;
import org.jbcos.node.pbft.LedgerChainView;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.sync.GossipConfig;
import org.jbcos.sync.GroupSync;
import org.jbcos.sync.P2pSyncTransport;
import org.jbcos.sync.SyncConfig;
import org.jbcos.txpool.TxPool;

/** Builds a group's {@link GroupSync} over the node's network, ledger and pool. */
public final class GroupSyncs {
  private static final long TICK_MILLIS = 20;

  private GroupSyncs() {}

  /**
   * Starts block sync and transaction gossip for a group.
   *
   * @param groupMember which connected peers belong to the group
   * @param committed told of every block sync imports
   */
  public static GroupSync start(
      int groupId,
      CryptoSuite suite,
      Ledger ledger,
      TxPool pool,
      BlockAssembler assembler,
      NodeNetwork network,
      Predicate<NodeId> groupMember,
      long statusIntervalMillis,
      Consumer<Block> committed) {
    SyncConfig d = SyncConfig.defaults();
    SyncConfig config =
        new SyncConfig(
            statusIntervalMillis,
            d.maxBlocksPerRequest(),
            d.maxOutstandingRequests(),
            d.requestTimeoutPerBlockMillis(),
            d.maxQueuedBlocks(),
            d.maxQueuedBytes(),
            d.maxServedBytes(),
            d.badPeerIgnoreMillis());
    GroupSync sync =
        new GroupSync(
            groupId,
            new P2pSyncTransport(network.p2p(), groupId, groupMember),
            // sealers and tx_count_limit as PBFT reads them (sync has no use for the timeout)
            new LedgerSyncChain(
                ledger,
                suite,
                new LedgerChainView(ledger, LedgerChainView.DEFAULT_TIMEOUT_SECONDS)),
            new ReexecutingImporter(suite, ledger, assembler, pool, committed),
            tx -> pool.submit(tx).status() == ReceiptStatus.NONE,
            suite,
            config,
            GossipConfig.defaults(),
            TICK_MILLIS);
    network.register(groupId, ModuleId.BLOCK_SYNC, sync::onMessage);
    sync.start();
    return sync;
  }
}
