package org.jbcos.consensus.pbft;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.SealerSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PBFT state machine of FISCO BCOS 2.x for one group. Every entry point ({@link #start}, {@link
 * #onMessage}, {@link #onTick}, {@link #onNewHead}) must be called from one thread (see {@link
 * PbftRunner}); there are no locks, no threads and no wall clock inside.
 *
 * <p>The rounds: the leader {@code (view + head) % n} broadcasts a prepare; every sealer executes
 * it and broadcasts a sign over the executed hash; at a sign quorum a sealer backs up the
 * "committed prepare" and broadcasts a commit; at a sign and commit quorum it commits the block
 * with the commits' signatures as the sigList. The view change ({@link #onTick} timeout, {@link
 * #handleViewChange}, {@link #checkAndChangeView}) moves the leader within one height; the view
 * returns to 0 on every new block.
 *
 * <p>One addition to the 2.x rules, for safety across view changes: a sealer holding a committed
 * prepare for the next height signs only that block (and re-proposes it when it leads).
 */
public final class PbftEngine {
  private static final Logger LOG = LoggerFactory.getLogger(PbftEngine.class);

  private final PbftConfig config;
  private final NodeId self;
  private final ChainView chain;
  private final BlockProposer proposer;
  private final BlockExecutorPort executor;
  private final BlockCommitter committer;
  private final Gossiper gossiper;
  private final PrepareBackup backup;
  private final PbftCrypto crypto;
  private final Clock clock;

  private final VoteCache signs = new VoteCache();
  private final VoteCache commits = new VoteCache();
  private final ViewChangeCache viewChanges = new ViewChangeCache();
  private final FutureMessageCache future;
  private final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
  private final Set<String> viewChangeResent = new HashSet<>();
  private final ViewTimer timer;

  private long head = -1;
  private byte[] headHash = new byte[32];
  private List<NodeId> sealers = List.of();
  private int myIdx = -1;
  private long view;
  private long toView;
  private boolean leaderFailed;
  private long prepareSeenInView = -1;
  private long proposedInView = -1;
  private PbftMessage prepare;
  private ExecutionResult executed;
  private boolean commitSent;
  private boolean commitFailed;
  private PbftMessage locked;
  private PbftMessage refused;
  private ExecutionResult refusedResult;
  private PbftMessage ownViewChange;

  public PbftEngine(
      PbftConfig config,
      NodeId self,
      ChainView chain,
      BlockProposer proposer,
      BlockExecutorPort executor,
      BlockCommitter committer,
      Gossiper gossiper,
      PrepareBackup backup,
      PbftCrypto crypto,
      Clock clock) {
    this.config = config;
    this.self = self;
    this.chain = chain;
    this.proposer = proposer;
    this.executor = executor;
    this.committer = committer;
    this.gossiper = gossiper;
    this.backup = backup;
    this.crypto = crypto;
    this.clock = clock;
    this.future = new FutureMessageCache(config.futureMessageLimit());
    this.timer = new ViewTimer(config.maxChangeCycle(), clock.nowMillis());
  }

  // ------------------------------------------------------------------ entry points

  /** Reads the head and the committed-prepare backup; call once before any other event. */
  public void start() {
    refreshHead();
    backup
        .load()
        .flatMap(PbftEngine::decodeQuietly)
        .filter(m -> m.type() == PacketType.PREPARE && m.height() == head + 1)
        .ifPresent(
            m -> {
              locked = m;
              LOG.info(
                  "node {} restored the committed prepare of block {} hash {} (view {})",
                  self,
                  m.height(),
                  abridged(m.blockHash()),
                  m.view());
            });
    onTick();
  }

  /** A PBFT message from a peer (the network's thread only enqueues it; see the runner). */
  public void onMessage(NodeId from, byte[] bytes) {
    if (myIdx < 0) {
      drop(DropReason.NOT_A_SEALER, null);
      return;
    }
    PbftMessage m;
    try {
      m = PbftMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      LOG.debug("node {} dropped a malformed message from {}: {}", self, from, e.getMessage());
      drop(DropReason.MALFORMED, null);
      return;
    }
    if (m.idx() >= sealers.size()) {
      drop(DropReason.UNKNOWN_SEALER_INDEX, m);
      return;
    }
    if (m.idx() == myIdx) {
      drop(DropReason.OWN_MESSAGE, m);
      return;
    }
    if (!m.signedBy(sealers.get(m.idx()), crypto)) {
      drop(DropReason.BAD_SIGNATURE, m);
      return;
    }
    handle(m);
    replayReadyFutureMessages();
  }

  /** Time passed: checks the view timeout, then whether this node should propose. */
  public void onTick() {
    if (myIdx < 0) {
      return;
    }
    long now = clock.nowMillis();
    if (timer.isTimeout(now, currentTimeoutMillis())) {
      onViewTimeout(now);
    } else {
      trySeal(now);
    }
    replayReadyFutureMessages();
  }

  /** The chain's head moved without this engine (a block arrived by sync). */
  public void onNewHead() {
    if (chain.headNumber() != head || !Arrays.equals(chain.headHash(), headHash)) {
      refreshHead();
      replayReadyFutureMessages();
    }
  }

  // ------------------------------------------------------------------ status

  /** A snapshot for tests, RPC and logs. */
  public PbftStatus status() {
    return new PbftStatus(
        head,
        view,
        toView,
        leaderFailed,
        timer.changeCycle(),
        myIdx,
        locked != null,
        sealers.isEmpty() ? -1 : Quorum.leader(view, head, sealers.size()));
  }

  public long dropped(DropReason reason) {
    return drops.getOrDefault(reason, 0L);
  }

  /** How many messages were ignored, per reason, since the start. */
  public Map<DropReason, Long> droppedCounts() {
    return drops.isEmpty() ? Map.of() : new EnumMap<>(drops);
  }

  public int futureMessages() {
    return future.size();
  }

  // ------------------------------------------------------------------ dispatch

  private void handle(PbftMessage m) {
    switch (m.type()) {
      case PREPARE -> handlePrepare(m);
      case SIGN, COMMIT -> handleVote(m);
      case VIEW_CHANGE -> handleViewChange(m);
      default -> throw new IllegalStateException("unknown type " + m.type());
    }
  }

  /** Height and view later than the round under way (cached, handled when reached). */
  private boolean isFuture(PbftMessage m) {
    if (m.type() == PacketType.VIEW_CHANGE) {
      return m.height() > head;
    }
    return m.height() > head + 1 || (m.height() == head + 1 && m.view() > view);
  }

  /** True when the message was cached (or dropped) as a future message. */
  private boolean deferIfFuture(PbftMessage m) {
    if (!isFuture(m)) {
      return false;
    }
    if (m.height() > head + 1 + config.futureHeightWindow()) {
      drop(DropReason.TOO_FAR_AHEAD, m);
    } else if (!future.add(m, sealers.size())) {
      drop(DropReason.FUTURE_CACHE_FULL, m);
    }
    return true;
  }

  private void replayReadyFutureMessages() {
    while (future.size() > 0) {
      List<PbftMessage> ready = future.take(m -> !isFuture(m));
      if (ready.isEmpty()) {
        return;
      }
      for (PbftMessage m : ready) {
        handle(m);
      }
    }
  }

  // ------------------------------------------------------------------ prepare

  private void handlePrepare(PbftMessage m) {
    if (m.height() <= head || (m.height() == head + 1 && m.view() < view)) {
      drop(DropReason.STALE, m);
      return;
    }
    if (deferIfFuture(m)) {
      return;
    }
    if (prepareSeenInView == view) {
      drop(DropReason.DUPLICATE, m);
      return;
    }
    if (leaderFailed) {
      drop(DropReason.LEADER_FAILED, m);
      return;
    }
    if (m.idx() != leaderIdx()) {
      drop(DropReason.WRONG_LEADER, m);
      return;
    }
    acceptPrepare(m);
  }

  /**
   * Checks, executes and signs the prepare of the current round (the leader's own included). A
   * sealer locked on another block of this height refuses it unless a quorum signs it in a view
   * above the lock's ({@link #checkUnlock}).
   */
  private void acceptPrepare(PbftMessage m) {
    Optional<ProposalSummary> summary = inspect(m.block());
    if (summary.isEmpty() || summary.get().number() != head + 1) {
      drop(DropReason.INVALID_BLOCK, m);
      return;
    }
    ProposalSummary s = summary.get();
    if (!Arrays.equals(s.parentHash(), headHash)) {
      drop(DropReason.WRONG_PARENT, m);
      return;
    }
    if (!m.hashEquals(s.hash())) {
      drop(DropReason.HASH_MISMATCH, m);
      return;
    }
    if (s.transactionCount() > chain.txCountLimit()) {
      drop(DropReason.TOO_MANY_TRANSACTIONS, m);
      return;
    }
    prepareSeenInView = view;
    if (s.transactionCount() == 0) {
      startFastViewChange("empty block from leader " + m.idx());
      return;
    }
    if (locked != null && locked.height() == head + 1 && !m.hashEquals(locked.blockHash())) {
      drop(DropReason.LOCKED_ON_OTHER_BLOCK, m);
      execute(m.block())
          .ifPresent(
              r -> {
                refused = m;
                refusedResult = r;
              });
      checkUnlock();
      return;
    }
    Optional<ExecutionResult> result = execute(m.block());
    if (result.isEmpty()) {
      drop(DropReason.EXECUTION_FAILED, m);
      return;
    }
    prepare = m;
    executed = result.get();
    long now = clock.nowMillis();
    timer.signed(now);
    vote(PacketType.SIGN, signs, now);
    checkAndCommit();
  }

  private void vote(PacketType type, VoteCache cache, long now) {
    PbftMessage v =
        PbftMessage.signed(type, head + 1, view, myIdx, now, executed.hash(), new byte[0], crypto);
    cache.add(v);
    gossiper.broadcast(PbftMessageCodec.encode(v));
  }

  private void trySeal(long now) {
    if (leaderFailed
        || leaderIdx() != myIdx
        || proposedInView == view
        || prepareSeenInView == view) {
      return;
    }
    if (locked != null && locked.height() == head + 1) {
      propose(locked.blockHash(), locked.block(), now);
      LOG.info(
          "node {} re-proposes its committed prepare of block {} hash {} in view {}",
          self,
          head + 1,
          abridged(locked.blockHash()),
          view);
      return;
    }
    int limit = chain.txCountLimit();
    int pending = proposer.pendingTransactions();
    long idle = now - timer.lastConsensusMillis();
    boolean due =
        pending >= limit
            || (pending > 0 && idle >= config.minBlockGenTimeMillis())
            || idle >= config.emptyBlockGenTimeMillis();
    if (!due) {
      return;
    }
    byte[] block = proposer.propose(head + 1, headHash, limit, now, myIdx);
    Optional<ProposalSummary> summary = inspect(block);
    if (summary.isEmpty()) {
      LOG.warn("node {} proposed a block it cannot decode at height {}", self, head + 1);
      proposedInView = view;
      return;
    }
    propose(summary.get().hash(), block, now);
  }

  private void propose(byte[] hash, byte[] block, long now) {
    proposedInView = view;
    PbftMessage m =
        PbftMessage.signed(PacketType.PREPARE, head + 1, view, myIdx, now, hash, block, crypto);
    gossiper.broadcast(PbftMessageCodec.encode(m));
    acceptPrepare(m);
  }

  // ------------------------------------------------------------------ sign and commit

  private void handleVote(PbftMessage m) {
    if (m.height() <= head || (m.height() == head + 1 && m.view() < view)) {
      drop(DropReason.STALE, m);
      return;
    }
    if (deferIfFuture(m)) {
      return;
    }
    VoteCache cache = m.type() == PacketType.SIGN ? signs : commits;
    if (!cache.add(m)) {
      drop(DropReason.DUPLICATE, m);
      return;
    }
    if (m.type() == PacketType.SIGN) {
      checkUnlock();
      checkAndCommit();
    } else {
      checkAndSave();
    }
  }

  /**
   * A quorum signed, in a view above our lock's, the block we refused because of the lock: no other
   * block can have been committed since (a commit needs a quorum locked on it, and one of them
   * would have had to sign this block), so we take the new block as the round's prepare.
   */
  private void checkUnlock() {
    if (refused == null
        || prepare != null
        || refused.view() != view
        || locked == null
        || locked.view() >= view
        || signs.count(view, refusedResult.hash()) < quorum()) {
      return;
    }
    LOG.info(
        "node {} moves its lock at height {} from {} (view {}) to {} (view {}): a quorum signed it",
        self,
        head + 1,
        abridged(locked.blockHash()),
        locked.view(),
        abridged(refusedResult.hash()),
        view);
    prepare = refused;
    executed = refusedResult;
    refused = null;
    refusedResult = null;
    long now = clock.nowMillis();
    timer.signed(now);
    vote(PacketType.SIGN, signs, now);
  }

  /** At a sign quorum: back up the committed prepare, then broadcast the commit. */
  private void checkAndCommit() {
    if (prepare == null || commitSent) {
      return;
    }
    if (signs.count(view, executed.hash()) < quorum()) {
      return;
    }
    long now = clock.nowMillis();
    PbftMessage committedPrepare =
        PbftMessage.signed(
            PacketType.PREPARE,
            head + 1,
            view,
            myIdx,
            now,
            executed.hash(),
            executed.encoded(),
            crypto);
    backup.save(PbftMessageCodec.encode(committedPrepare));
    locked = committedPrepare;
    commitSent = true;
    vote(PacketType.COMMIT, commits, now);
    checkAndSave();
  }

  /** At a sign and a commit quorum: commit the block with the commits as its sigList. */
  private void checkAndSave() {
    if (prepare == null || !commitSent || commitFailed) {
      return;
    }
    List<PbftMessage> votes = commits.votes(view, executed.hash());
    if (votes.size() < quorum()) {
      return;
    }
    List<SealerSignature> sigList = new ArrayList<>();
    for (PbftMessage v : votes) {
      sigList.add(new SealerSignature(BigInteger.valueOf(v.idx()), v.sig()));
    }
    long height = head + 1;
    long committedView = view;
    boolean ok;
    try {
      ok = committer.commit(executed, sigList);
    } catch (RuntimeException e) {
      LOG.warn("node {} failed to commit block {}: {}", self, height, e.toString());
      ok = false;
    }
    if (!ok) {
      commitFailed = true;
      LOG.warn(
          "node {} could not commit block {}; waiting for sync or a view change", self, height);
      return;
    }
    LOG.info(
        "node {} committed block {} hash {} view {} with {} signatures",
        self,
        height,
        abridged(executed.hash()),
        committedView,
        sigList.size());
    refreshHead();
  }

  // ------------------------------------------------------------------ view change

  private void onViewTimeout(long now) {
    boolean fast = timer.isFast();
    timer.fired(now);
    toView += 1;
    leaderFailed = true;
    if (fast) {
      LOG.info("node {} fast view change at height {}: toView {}", self, head, toView);
    } else {
      LOG.info(
          "node {} leader {} failed at height {} view {}: toView {} changeCycle {}",
          self,
          leaderIdx(),
          head + 1,
          view,
          toView,
          timer.changeCycle());
    }
    broadcastViewChange(now);
    checkAndChangeView();
  }

  private void startFastViewChange(String why) {
    leaderFailed = true;
    timer.fastViewChange();
    timer.resetBackOff();
    LOG.debug("node {} starts a fast view change at height {}: {}", self, head + 1, why);
  }

  private void broadcastViewChange(long now) {
    PbftMessage vc =
        PbftMessage.signed(
            PacketType.VIEW_CHANGE, head, toView, myIdx, now, headHash, new byte[0], crypto);
    viewChanges.add(vc);
    ownViewChange = vc;
    gossiper.broadcast(PbftMessageCodec.encode(vc));
  }

  private void handleViewChange(PbftMessage m) {
    if (m.height() < head) {
      drop(DropReason.STALE, m);
      return;
    }
    if (deferIfFuture(m)) {
      return;
    }
    if (!m.hashEquals(headHash)) {
      drop(DropReason.WRONG_HEAD_HASH, m);
      return;
    }
    if (m.view() <= view) {
      resendOwnViewChange(m);
      drop(DropReason.STALE, m);
      return;
    }
    if (!viewChanges.add(m)) {
      drop(DropReason.DUPLICATE, m);
      return;
    }
    OptionalLong catchUp = viewChanges.catchUpView(toView, Quorum.faulty(sealers.size()));
    if (catchUp.isPresent() && catchUp.getAsLong() > toView) {
      toView = catchUp.getAsLong();
      leaderFailed = true;
      long now = clock.nowMillis();
      timer.restart(now);
      LOG.info(
          "node {} catches up with more than f sealers at height {}: toView {}",
          self,
          head + 1,
          toView);
      broadcastViewChange(now);
    }
    checkAndChangeView();
  }

  /** A peer lags behind our view: send it the request that took us here (once per its view). */
  private void resendOwnViewChange(PbftMessage lagging) {
    if (ownViewChange == null
        || ownViewChange.view() != view
        || lagging.view() >= view
        || !viewChangeResent.add(lagging.idx() + "/" + lagging.view())) {
      return;
    }
    gossiper.send(sealers.get(lagging.idx()), PbftMessageCodec.encode(ownViewChange));
  }

  /** Switches to the highest view above ours that a quorum asked for. */
  private void checkAndChangeView() {
    viewChanges.highestViewWithQuorum(view, quorum()).ifPresent(this::switchToView);
  }

  private void switchToView(long v) {
    long from = view;
    view = v;
    toView = v;
    leaderFailed = false;
    timer.restart(clock.nowMillis());
    prepare = null;
    executed = null;
    refused = null;
    refusedResult = null;
    commitSent = false;
    commitFailed = false;
    signs.dropViewsBelow(view);
    commits.dropViewsBelow(view);
    viewChanges.dropUpTo(view - 1);
    LOG.info(
        "node {} changed view {} -> {} at height {}; leader {}",
        self,
        from,
        view,
        head + 1,
        leaderIdx());
  }

  // ------------------------------------------------------------------ head

  /** A new head: view 0, no leader failure, caches of lower heights dropped. */
  private void refreshHead() {
    head = chain.headNumber();
    headHash = chain.headHash();
    sealers = List.copyOf(chain.sealers());
    myIdx = sealers.indexOf(self);
    view = 0;
    toView = 0;
    leaderFailed = false;
    prepareSeenInView = -1;
    proposedInView = -1;
    prepare = null;
    executed = null;
    refused = null;
    refusedResult = null;
    commitSent = false;
    commitFailed = false;
    ownViewChange = null;
    signs.clear();
    commits.clear();
    viewChanges.clear();
    viewChangeResent.clear();
    long now = clock.nowMillis();
    timer.restart(now);
    timer.resetBackOff();
    if (locked != null && locked.height() <= head) {
      locked = null;
    }
    future.drop(m -> m.height() <= (m.type() == PacketType.VIEW_CHANGE ? head - 1 : head));
  }

  // ------------------------------------------------------------------ helpers

  private long currentTimeoutMillis() {
    long base = config.baseTimeoutMillis();
    return prepare != null ? Math.max(base, chain.consensusTimeoutMillis()) : base;
  }

  private int quorum() {
    return Quorum.of(sealers.size());
  }

  private int leaderIdx() {
    return Quorum.leader(view, head, sealers.size());
  }

  private Optional<ProposalSummary> inspect(byte[] block) {
    try {
      return executor.inspect(block);
    } catch (RuntimeException e) {
      LOG.debug("node {} cannot decode a proposed block: {}", self, e.toString());
      return Optional.empty();
    }
  }

  private Optional<ExecutionResult> execute(byte[] block) {
    try {
      return executor.execute(block);
    } catch (RuntimeException e) {
      LOG.warn("node {} failed to execute block {}: {}", self, head + 1, e.toString());
      return Optional.empty();
    }
  }

  private void drop(DropReason reason, PbftMessage m) {
    drops.merge(reason, 1L, Long::sum);
    if (m != null && LOG.isTraceEnabled()) {
      LOG.trace("node {} dropped {}: {}", self, m.describe(), reason);
    }
  }

  private static Optional<PbftMessage> decodeQuietly(byte[] bytes) {
    try {
      return Optional.of(PbftMessageCodec.decode(bytes));
    } catch (MalformedMessageException e) {
      LOG.warn("ignoring an unreadable PBFT backup: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private static String abridged(byte[] hash) {
    return Hex.encode(hash).substring(0, 8);
  }
}
