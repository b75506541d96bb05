package org.jbcos.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.network.NodeId;
import org.jbcos.sync.BlockRequests.Request;
import org.jbcos.sync.DownloadQueue.QueuedBlock;
import org.jbcos.sync.wire.BlocksPacket;
import org.jbcos.sync.wire.BlocksPacket.ReceivedBlock;
import org.jbcos.sync.wire.MalformedPacketException;
import org.jbcos.sync.wire.ReqBlocksPacket;
import org.jbcos.sync.wire.StatusPacket;
import org.jbcos.sync.wire.SyncPacketType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Block sync of one group: exchanges status with the group's peers, downloads the blocks it lacks
 * in ranges spread over the peers that have them, serves the blocks it has, and imports downloaded
 * blocks in order once they connect to the head and pass {@link BlockChecker}.
 *
 * <p>Single-threaded and lock-free: every method except {@link #status()} must be called on one
 * thread (an {@link EventLoop} in a node, the test's thread in tests). Time comes from the given
 * clock only, so a virtual clock makes runs deterministic. A packet that does not decode is dropped
 * with a logged reason; nothing a peer sends makes these methods throw.
 */
public final class BlockSync {
  private static final Logger LOG = LoggerFactory.getLogger(BlockSync.class);

  private final SyncTransport transport;
  private final SyncChain chain;
  private final BlockImporter importer;
  private final CryptoSuite suite;
  private final SyncConfig config;
  private final LongSupplier clockMillis;
  private final BlockChecker checker;
  private final PeerTable peers = new PeerTable();
  private final BlockRequests requests = new BlockRequests();

  /**
   * Since when a peer has been known to be ahead of our current head; -1 while we are level. It
   * restarts whenever our head moves, so a node that trails by one block but keeps committing is
   * left to consensus.
   */
  private long behindSinceMillis = -1;

  private long behindAtHead = -1;

  private final DownloadQueue queue;
  private long nextStatusMillis = Long.MIN_VALUE;
  private volatile SyncStatus status;
  private SyncStatusListener listener = s -> {};

  public BlockSync(
      SyncTransport transport,
      SyncChain chain,
      BlockImporter importer,
      CryptoSuite suite,
      SyncConfig config,
      LongSupplier clockMillis) {
    this.transport = transport;
    this.chain = chain;
    this.importer = importer;
    this.suite = suite;
    this.config = config;
    this.clockMillis = clockMillis;
    this.checker = new BlockChecker(suite);
    this.queue = new DownloadQueue(config.maxQueuedBlocks(), config.maxQueuedBytes());
    this.status = SyncStatus.initial(chain.headNumber());
  }

  /** Replaces the listener; call before the first event. */
  public void setStatusListener(SyncStatusListener listener) {
    this.listener = listener;
  }

  /** The latest snapshot; safe to call from any thread. */
  public SyncStatus status() {
    return status;
  }

  /** Periodic work: peers that came and went, status broadcast, timeouts, downloads. */
  public void onTick() {
    long now = clockMillis.getAsLong();
    for (NodeId added : peers.reconcile(transport.peers())) {
      transport.send(added, SyncPacketType.STATUS, statusPacket().encode());
    }
    for (Request r : requests.expire(now)) {
      peers.get(r.peer()).ifPresent(p -> p.recentTimeouts++);
      LOG.info(
          "[sync] request for blocks {}..{} to {} timed out; asking another peer",
          r.from(),
          r.to(),
          r.peer().shortHex());
    }
    if (now >= nextStatusMillis) {
      broadcastStatus();
    }
    importReady();
    requestMore();
    publishStatus();
  }

  /** A block was committed by someone else (consensus): tell the peers, drop what is stale. */
  public void onNewHead() {
    long head = chain.headNumber();
    queue.dropUpTo(head);
    requests.dropUpTo(head);
    broadcastStatus();
    importReady();
    requestMore();
    publishStatus();
  }

  /** A sync packet of this group from {@code from}. */
  public void onMessage(NodeId from, int packetType, byte[] payload) {
    try {
      switch (packetType) {
        case SyncPacketType.STATUS -> onStatus(from, StatusPacket.decode(payload));
        case SyncPacketType.REQ_BLOCKS -> onBlockRequest(from, ReqBlocksPacket.decode(payload));
        case SyncPacketType.BLOCKS -> onBlocks(from, payload);
        default ->
            LOG.debug(
                "[sync] dropped {} packet from {}",
                SyncPacketType.name(packetType),
                from.shortHex());
      }
    } catch (MalformedPacketException e) {
      LOG.warn(
          "[sync] dropped {} from {}: {}",
          SyncPacketType.name(packetType),
          from.shortHex(),
          e.getMessage());
    }
    publishStatus();
  }

  // ---------------------------------------------------------------- status

  private StatusPacket statusPacket() {
    return new StatusPacket(chain.headNumber(), chain.genesisHash(), chain.headHash());
  }

  private void broadcastStatus() {
    transport.broadcast(SyncPacketType.STATUS, statusPacket().encode());
    nextStatusMillis = clockMillis.getAsLong() + config.statusIntervalMillis();
  }

  private void onStatus(NodeId from, StatusPacket s) {
    if (!peers.contains(from) && !transport.peers().contains(from)) {
      LOG.debug("[sync] dropped status from {}, not a peer of the group", from.shortHex());
      return;
    }
    SyncPeer peer = peers.getOrAdd(from);
    if (!s.sameGenesis(chain.genesisHash())) {
      if (!peer.foreignGenesis) {
        LOG.warn("[sync] peer {} has another genesis block; ignoring it", from.shortHex());
      }
      peer.foreignGenesis = true;
      peer.status = null;
      return;
    }
    peer.foreignGenesis = false;
    long head = chain.headNumber();
    if (s.number() > head && peer.number() <= head) {
      LOG.info("[sync] peer {} is ahead: {} > our {}", from.shortHex(), s.number(), head);
    }
    peer.status = s;
    // downloads start on the next tick, once the statuses of several peers are known
  }

  // ---------------------------------------------------------------- serving

  private void onBlockRequest(NodeId from, ReqBlocksPacket req) {
    Optional<SyncPeer> peer = peers.get(from);
    if (peer.isEmpty() || peer.get().foreignGenesis) {
      LOG.debug("[sync] dropped block request from {}, not a peer of our chain", from.shortHex());
      return;
    }
    int count = Math.min(req.count(), config.maxBlocksPerRequest());
    List<byte[]> blocks = new ArrayList<>();
    long bytes = 0;
    for (long n = req.fromNumber(); n < req.fromNumber() + count; n++) {
      Optional<byte[]> b = chain.encodedBlock(n);
      if (b.isEmpty() || (!blocks.isEmpty() && bytes + b.get().length > config.maxServedBytes())) {
        break;
      }
      blocks.add(b.get());
      bytes += b.get().length;
    }
    if (!blocks.isEmpty()) {
      transport.send(from, SyncPacketType.BLOCKS, BlocksPacket.encode(blocks));
      LOG.debug(
          "[sync] sent blocks {}..{} to {}",
          req.fromNumber(),
          req.fromNumber() + blocks.size() - 1,
          from.shortHex());
    }
  }

  // ---------------------------------------------------------------- downloading

  private void onBlocks(NodeId from, byte[] payload) throws MalformedPacketException {
    long now = clockMillis.getAsLong();
    Optional<SyncPeer> peer = peers.get(from);
    if (peer.isEmpty() || peer.get().ignored(now)) {
      LOG.debug("[sync] dropped blocks from ignored or unknown peer {}", from.shortHex());
      return;
    }
    List<ReceivedBlock> received =
        BlocksPacket.decode(payload, config.maxBlocksPerRequest(), suite);
    if (received.isEmpty()) {
      return;
    }
    long first = received.get(0).block().header().number();
    long last = received.get(received.size() - 1).block().header().number();
    requests.answered(from, first, last);
    peer.get().recentTimeouts = 0;
    long head = chain.headNumber();
    for (ReceivedBlock b : received) {
      queue.offer(new QueuedBlock(b.block(), from, b.encodedSize()), head);
    }
    importReady();
    requestMore();
  }

  /** Asks peers for the missing heights above the head, while requests and queue have room. */
  private void requestMore() {
    long now = clockMillis.getAsLong();
    long head = chain.headNumber();
    long highest = peers.highestUsable(now);
    if (highest <= head) {
      behindSinceMillis = -1;
      return;
    }
    if (behindSinceMillis < 0 || behindAtHead != head) {
      behindSinceMillis = now;
      behindAtHead = head;
    }
    if (highest == head + 1 && now - behindSinceMillis < config.statusIntervalMillis()) {
      // one block behind for a moment: consensus is most likely committing it right now, and
      // downloading (and executing) it as well would only compete with that
      return;
    }
    long limit = Math.min(highest, head + config.maxQueuedBlocks());
    long n = head + 1;
    while (n <= limit
        && requests.size() < config.maxOutstandingRequests()
        && (n == head + 1 || !queue.isFull())) {
      // the block after the head is always wanted: the queue makes room for it
      if (queue.contains(n) || requests.covers(n)) {
        n++;
        continue;
      }
      List<SyncPeer> candidates = peers.usableWith(n, now);
      if (candidates.isEmpty()) {
        return;
      }
      SyncPeer peer =
          candidates.stream()
              .min(
                  Comparator.<SyncPeer>comparingInt(p -> p.recentTimeouts)
                      .thenComparingInt(p -> requests.countFor(p.id)))
              .orElseThrow();
      long max = Math.min(Math.min(limit, peer.number()), n + config.maxBlocksPerRequest() - 1);
      long end = n;
      while (end < max && !queue.contains(end + 1) && !requests.covers(end + 1)) {
        end++;
      }
      int count = (int) (end - n + 1);
      if (transport.send(
          peer.id, SyncPacketType.REQ_BLOCKS, new ReqBlocksPacket(n, count).encode())) {
        requests.add(
            new Request(peer.id, n, count, now + config.requestTimeoutPerBlockMillis() * count));
        LOG.info("[sync] downloading blocks {}..{} from {}", n, end, peer.id.shortHex());
      }
      n = end + 1;
    }
  }

  // ---------------------------------------------------------------- importing

  /** Imports the queued blocks that connect to the head, in order. */
  private void importReady() {
    long before = chain.headNumber();
    queue.dropUpTo(before);
    while (true) {
      long next = chain.headNumber() + 1;
      Optional<QueuedBlock> queued = queue.take(next);
      if (queued.isEmpty()) {
        break;
      }
      QueuedBlock q = queued.get();
      Optional<String> problem = checker.problem(q.block(), chain);
      if (problem.isPresent()) {
        penalise(q.from(), next, problem.get());
        continue;
      }
      ImportResult result;
      try {
        result = importer.importBlock(q.block());
      } catch (RuntimeException e) {
        // a local failure, not the peer's fault: the block will be downloaded again
        LOG.error("[sync] importing block {} failed", next, e);
        break;
      }
      if (!result.imported()) {
        penalise(q.from(), next, "import failed: " + result.reason());
        continue;
      }
      LOG.info("[sync] imported block {} from {}", next, q.from().shortHex());
    }
    long after = chain.headNumber();
    if (after > before) {
      requests.dropUpTo(after);
      broadcastStatus();
    }
  }

  private void penalise(NodeId from, long number, String reason) {
    LOG.warn(
        "[sync] bad block {} from {} because {}; ignoring the peer for {} ms",
        number,
        from.shortHex(),
        reason,
        config.badPeerIgnoreMillis());
    peers
        .get(from)
        .ifPresent(
            p -> p.ignoredUntilMillis = clockMillis.getAsLong() + config.badPeerIgnoreMillis());
    queue.dropFrom(from);
    requests.forget(from);
  }

  // ---------------------------------------------------------------- status snapshot

  private void publishStatus() {
    long now = clockMillis.getAsLong();
    long head = chain.headNumber();
    long highest = Math.max(head, peers.highestUsable(now));
    List<SyncStatus.PeerStatus> peerStatuses = new ArrayList<>();
    for (SyncPeer p : peers.all()) {
      if (p.status != null && !p.foreignGenesis) {
        peerStatuses.add(new SyncStatus.PeerStatus(p.id, p.number(), p.status.headHash()));
      }
    }
    SyncStatus previous = status;
    SyncStatus current = new SyncStatus(highest > head, head, highest, peerStatuses);
    status = current;
    if (previous.syncing() != current.syncing()
        || previous.knownHighestNumber() != current.knownHighestNumber()) {
      listener.onSyncStatus(current);
    }
  }
}
