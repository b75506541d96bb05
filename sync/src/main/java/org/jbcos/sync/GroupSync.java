package org.jbcos.sync;

import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.network.NodeId;
import org.jbcos.protocol.Transaction;
import org.jbcos.sync.wire.SyncPacketType;

/**
 * Sync of one group in a node: a {@link BlockSync} on its own thread, ticked every {@code
 * tickMillis}, and a {@link TransactionGossip} whose received packets and flushes run on a second
 * thread so that transaction traffic never delays block download.
 *
 * <p>The node registers one {@code BLOCK_SYNC} handler that routes by group ({@code protocolId >>>
 * 16}) and calls {@link #onMessage}.
 */
public final class GroupSync implements AutoCloseable {
  private static final int QUEUE_CAPACITY = 4096;

  private final BlockSync blockSync;
  private final TransactionGossip gossip;
  private final EventLoop blockLoop;
  private final EventLoop gossipLoop;

  public GroupSync(
      int groupId,
      SyncTransport transport,
      SyncChain chain,
      BlockImporter importer,
      TransactionSink sink,
      CryptoSuite suite,
      SyncConfig config,
      GossipConfig gossipConfig,
      long tickMillis) {
    this.blockSync =
        new BlockSync(
            transport, chain, importer, suite, config, () -> System.nanoTime() / 1_000_000);
    this.gossip = new TransactionGossip(transport, sink, suite, gossipConfig);
    this.blockLoop =
        new EventLoop("sync-g" + groupId, QUEUE_CAPACITY, tickMillis, blockSync::onTick);
    this.gossipLoop =
        new EventLoop(
            "txgossip-g" + groupId,
            QUEUE_CAPACITY,
            gossipConfig.flushIntervalMillis(),
            gossip::flush);
  }

  /** Replaces the status listener; call before {@link #start}. */
  public void setStatusListener(SyncStatusListener listener) {
    blockSync.setStatusListener(listener);
  }

  public void start() {
    blockLoop.start();
    gossipLoop.start();
  }

  /** A {@code BLOCK_SYNC} packet of this group; called on a network thread, returns at once. */
  public void onMessage(NodeId from, int packetType, byte[] payload) {
    if (packetType == SyncPacketType.TRANSACTIONS) {
      gossipLoop.submit(() -> gossip.onTransactions(from, payload));
    } else {
      blockLoop.submit(() -> blockSync.onMessage(from, packetType, payload));
    }
  }

  /** Client transactions the pool admitted, to forward to the peers. */
  public void broadcastFromClient(List<Transaction> txs) {
    gossip.broadcastFromClient(txs);
  }

  /** Consensus committed a block. */
  public void notifyNewHead() {
    blockLoop.submit(blockSync::onNewHead);
  }

  public SyncStatus status() {
    return blockSync.status();
  }

  @Override
  public void close() {
    blockLoop.close();
    gossipLoop.close();
  }
}
