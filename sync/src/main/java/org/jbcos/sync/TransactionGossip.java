package org.jbcos.sync;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.network.NodeId;
import org.jbcos.protocol.Transaction;
import org.jbcos.sync.wire.MalformedPacketException;
import org.jbcos.sync.wire.SyncPacketType;
import org.jbcos.sync.wire.TransactionsPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards transactions that this node's clients sent to the group's peers, in batches (packet
 * Transactions = 0x01 on module {@code BLOCK_SYNC}, as FISCO 2.x does), and hands transactions
 * received from peers to the pool. Received transactions are never forwarded again, so a
 * transaction crosses each link at most once.
 *
 * <p>Thread-safe: clients call {@link #broadcastFromClient} from any thread; {@link #flush} runs on
 * a timer; {@link #onTransactions} runs on one receiving thread.
 */
public final class TransactionGossip {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionGossip.class);

  private final SyncTransport transport;
  private final TransactionSink sink;
  private final CryptoSuite suite;
  private final GossipConfig config;
  private final RecentHashes recent;
  private List<byte[]> pending = new ArrayList<>();

  public TransactionGossip(
      SyncTransport transport, TransactionSink sink, CryptoSuite suite, GossipConfig config) {
    this.transport = transport;
    this.sink = sink;
    this.suite = suite;
    this.config = config;
    this.recent = new RecentHashes(config.recentCapacity());
  }

  /**
   * Queues client transactions for the peers; a full batch goes out at once. While the node has no
   * peer they wait (the newest {@code maxReceivedTransactions} of them), so that a transaction sent
   * to a node that is still connecting, or an observer cut off for a while, still reaches the
   * sealers.
   */
  public void broadcastFromClient(List<Transaction> txs) {
    boolean full;
    synchronized (this) {
      for (Transaction tx : txs) {
        pending.add(tx.encode());
      }
      int excess = pending.size() - config.maxReceivedTransactions();
      if (excess > 0) {
        pending.subList(0, excess).clear();
        LOG.debug("[sync] no peer to gossip to: dropped the {} oldest client transactions", excess);
      }
      full = pending.size() >= config.maxBatchTransactions();
    }
    if (full) {
      flush();
    }
  }

  /**
   * Sends every pending client transaction, in packets of at most the batch size; keeps them when
   * no peer is connected.
   */
  public void flush() {
    List<byte[]> batch;
    synchronized (this) {
      if (pending.isEmpty() || transport.peers().isEmpty()) {
        return;
      }
      batch = pending;
      pending = new ArrayList<>();
    }
    List<byte[]> packet = new ArrayList<>();
    long bytes = 0;
    for (byte[] tx : batch) {
      if (!packet.isEmpty()
          && (packet.size() >= config.maxBatchTransactions()
              || bytes + tx.length > config.maxBatchBytes())) {
        send(packet);
        packet = new ArrayList<>();
        bytes = 0;
      }
      packet.add(tx);
      bytes += tx.length;
    }
    send(packet);
  }

  private void send(List<byte[]> txs) {
    transport.broadcast(SyncPacketType.TRANSACTIONS, TransactionsPacket.encode(txs));
  }

  /**
   * A Transactions packet from a peer: decoded strictly (a malformed packet is dropped whole),
   * duplicates of recently seen transactions skipped, the rest handed to the sink.
   *
   * @return how many the sink admitted
   */
  public int onTransactions(NodeId from, byte[] payload) {
    List<Transaction> txs;
    try {
      txs = TransactionsPacket.decode(payload, config.maxReceivedTransactions(), suite);
    } catch (MalformedPacketException e) {
      LOG.warn("[sync] dropped transactions from {}: {}", from.shortHex(), e.getMessage());
      return 0;
    }
    int admitted = 0;
    for (Transaction tx : txs) {
      boolean fresh;
      synchronized (recent) {
        fresh = recent.add(tx.hash(suite));
      }
      if (fresh && sink.submitFromPeer(tx)) {
        admitted++;
      }
    }
    LOG.debug(
        "[sync] {} of {} transactions from {} admitted", admitted, txs.size(), from.shortHex());
    return admitted;
  }
}
