package org.jbcos.consensus.pbft.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.jbcos.consensus.pbft.Gossiper;
import org.jbcos.consensus.pbft.InMemoryPrepareBackup;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.PbftConfig;
import org.jbcos.consensus.pbft.PbftCrypto;
import org.jbcos.consensus.pbft.PbftEngine;
import org.jbcos.consensus.pbft.SignatureCheck;
import org.jbcos.consensus.pbft.SignatureListVerifier;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;

/**
 * N PBFT engines over a seeded, simulated network and a fake clock: everything runs on the test's
 * thread from one time-ordered event queue, so a seed replays exactly. Supports delay, loss,
 * duplication, reordering, partitions, crashes and restarts (the chain and the prepare backup
 * survive), a simple block sync, and checks safety on every commit.
 */
public final class SimCluster {
  /** A message on the wire, for tests that filter traffic. */
  public record Envelope(int from, int to, byte[] bytes) {}

  /** One simulated node. */
  public final class Node {
    final int index;
    final NodeId id;
    final PbftCrypto crypto;
    final SimChain chain;
    final InMemoryPrepareBackup backup = new InMemoryPrepareBackup();
    Gossiper gossiper;
    PbftEngine engine;
    int partition;

    Node(int index, NodeId id, PbftCrypto crypto, SimChain chain) {
      this.index = index;
      this.id = id;
      this.crypto = crypto;
      this.chain = chain;
      this.gossiper = new NetworkGossiper(index);
    }

    public PbftEngine engine() {
      return engine;
    }

    public SimChain chain() {
      return chain;
    }

    public boolean isUp() {
      return engine != null;
    }

    public long height() {
      return chain.headNumber();
    }

    public NodeId id() {
      return id;
    }

    void boot() {
      engine =
          new PbftEngine(
              config, id, chain, chain, chain, chain, gossiper, backup, crypto, () -> now);
      engine.start();
    }
  }

  private final class NetworkGossiper implements Gossiper {
    private final int from;

    NetworkGossiper(int from) {
      this.from = from;
    }

    @Override
    public void send(NodeId to, byte[] message) {
      transmit(from, indexOf(to), message);
    }

    @Override
    public void broadcast(byte[] message) {
      for (int to = 0; to < nodes.size(); to++) {
        if (to != from) {
          transmit(from, to, message);
        }
      }
    }
  }

  /** Small blocks keep the simulation fast and make bursts fill blocks. */
  static final int SIM_TX_COUNT_LIMIT = 64;

  private record Event(long at, long seq, Runnable action) {}

  private final PbftConfig config;
  private final Random random;
  private final List<Node> nodes = new ArrayList<>();
  private final List<NodeId> sealers;
  private final SignatureCheck signatureCheck;
  private final PriorityQueue<Event> events =
      new PriorityQueue<>(
          (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
  private final List<byte[]> canonical = new ArrayList<>();
  private final boolean[] faulty;
  private long seq;
  private long now = 1_000_000;
  private long messages;
  private NetworkConditions conditions = NetworkConditions.perfect();
  private Predicate<Envelope> blocked = e -> false;
  private boolean syncEnabled = true;

  /** A cluster with the fast simulated signatures. */
  public static SimCluster withSimCrypto(int n, long seed) {
    List<KeyPair> keys = keys(n, CryptoSuite.ecdsa());
    return new SimCluster(
        PbftConfig.defaults(),
        seed,
        keys.stream().map(k -> new NodeId(k.publicKey())).toList(),
        i -> new SimCrypto(new NodeId(keys.get(i).publicKey())),
        (signer, hash, sig) -> Arrays.equals(SimCrypto.mac(signer, hash), sig),
        SIM_TX_COUNT_LIMIT);
  }

  /** A cluster signing with a real suite (ECDSA or SM). */
  public static SimCluster withSuite(int n, long seed, CryptoSuite suite) {
    List<KeyPair> keys = keys(n, suite);
    return new SimCluster(
        PbftConfig.defaults(),
        seed,
        keys.stream().map(k -> new NodeId(k.publicKey())).toList(),
        i -> new org.jbcos.consensus.pbft.SuiteCrypto(suite, keys.get(i)),
        org.jbcos.consensus.pbft.SuiteCrypto.checker(suite),
        SIM_TX_COUNT_LIMIT);
  }

  private static List<KeyPair> keys(int n, CryptoSuite suite) {
    List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(1000 + i)));
    }
    return keys;
  }

  SimCluster(
      PbftConfig config,
      long seed,
      List<NodeId> sealers,
      IntFunction<PbftCrypto> crypto,
      SignatureCheck check,
      int txCountLimit) {
    this.config = config;
    this.random = new Random(Simulation.mix(seed));
    this.sealers = List.copyOf(sealers);
    this.signatureCheck = check;
    this.faulty = new boolean[sealers.size()];
    PbftCrypto hasher = crypto.apply(0);
    for (int i = 0; i < sealers.size(); i++) {
      SimChain chain = new SimChain(sealers, hasher::hash, txCountLimit);
      Node node = new Node(i, sealers.get(i), crypto.apply(i), chain);
      chain.onCommit((c, b) -> checkSafety(node, b));
      nodes.add(node);
    }
    canonical.add(nodes.get(0).chain.headHash());
  }

  // ---------------------------------------------------------------- set-up

  /** Boots every node and starts the ticks (every 50 ms) and the sync (every 250 ms). */
  public SimCluster start() {
    for (Node n : nodes) {
      n.boot();
      int i = n.index;
      every(50, 3 + 7L * i, () -> tick(i));
      every(250, 11 + 13L * i, () -> sync(i));
    }
    return this;
  }

  public List<Node> nodes() {
    return nodes;
  }

  public Node node(int i) {
    return nodes.get(i);
  }

  public Random random() {
    return random;
  }

  public long now() {
    return now;
  }

  public long messages() {
    return messages;
  }

  public void conditions(NetworkConditions c) {
    this.conditions = c;
  }

  /** Drops every message the predicate accepts (for scripted scenarios). */
  public void block(Predicate<Envelope> p) {
    this.blocked = p;
  }

  public void syncEnabled(boolean on) {
    this.syncEnabled = on;
  }

  /** Marks a node faulty (Byzantine): its chain is left out of the safety check. */
  public void markFaulty(int i) {
    faulty[i] = true;
  }

  public void replaceGossiper(int i, Gossiper g) {
    nodes.get(i).gossiper = g;
  }

  /** The gossiper that sends through the simulated network for node {@code i}. */
  public Gossiper networkGossiper(int i) {
    return new NetworkGossiper(i);
  }

  // ---------------------------------------------------------------- faults

  public void crash(int i) {
    nodes.get(i).engine = null;
  }

  public void restart(int i) {
    Node n = nodes.get(i);
    if (n.engine == null) {
      n.boot();
    }
  }

  /** Puts each node in a partition; only nodes of the same partition talk. */
  public void partition(int... groupOfNode) {
    for (int i = 0; i < nodes.size(); i++) {
      nodes.get(i).partition = groupOfNode[i];
    }
  }

  public void heal() {
    for (Node n : nodes) {
      n.partition = 0;
    }
  }

  public void submitTx(long tx) {
    for (Node n : nodes) {
      n.chain.submit(tx);
    }
  }

  // ---------------------------------------------------------------- running

  public void at(long delayMillis, Runnable action) {
    events.add(new Event(now + delayMillis, seq++, action));
  }

  private void every(long periodMillis, long offset, Runnable action) {
    at(
        offset,
        new Runnable() {
          @Override
          public void run() {
            action.run();
            at(periodMillis, this);
          }
        });
  }

  public void runFor(long millis) {
    runUntil(() -> false, millis);
  }

  /** Runs events until {@code done} holds or {@code maxMillis} of simulated time passed. */
  public boolean runUntil(java.util.function.BooleanSupplier done, long maxMillis) {
    long end = now + maxMillis;
    while (!events.isEmpty() && events.peek().at <= end) {
      if (done.getAsBoolean()) {
        return true;
      }
      Event e = events.poll();
      now = Math.max(now, e.at);
      e.action.run();
    }
    now = Math.max(now, end);
    return done.getAsBoolean();
  }

  public long minHonestHeight() {
    long min = Long.MAX_VALUE;
    for (Node n : nodes) {
      if (!faulty[n.index]) {
        min = Math.min(min, n.height());
      }
    }
    return min;
  }

  public long maxHeight() {
    return nodes.stream().mapToLong(Node::height).max().orElse(0);
  }

  private void tick(int i) {
    Node n = nodes.get(i);
    if (n.engine != null) {
      n.engine.onTick();
    }
  }

  /** Copies missing blocks (signature lists checked) from a random reachable peer ahead. */
  private void sync(int i) {
    Node n = nodes.get(i);
    if (!syncEnabled || n.engine == null) {
      return;
    }
    List<Node> ahead = new ArrayList<>();
    for (Node p : nodes) {
      if (p != n && p.engine != null && p.partition == n.partition && p.height() > n.height()) {
        ahead.add(p);
      }
    }
    if (ahead.isEmpty()) {
      return;
    }
    Node peer = ahead.get(random.nextInt(ahead.size()));
    boolean moved = false;
    for (int k = 0; k < 8 && n.height() < peer.height(); k++) {
      SimChain.Committed c = peer.chain.block(n.height() + 1);
      if (!SignatureListVerifier.verify(c.hash(), c.sigList(), sealers, signatureCheck)) {
        throw new AssertionError("sync got block " + c.block().number() + " without a quorum");
      }
      if (!n.chain.append(c)) {
        break;
      }
      moved = true;
    }
    if (moved) {
      n.engine.onNewHead();
    }
  }

  private int indexOf(NodeId id) {
    return sealers.indexOf(id);
  }

  private void transmit(int from, int to, byte[] bytes) {
    if (to < 0 || nodes.get(from).engine == null) {
      return;
    }
    if (blocked.test(new Envelope(from, to, bytes))) {
      return;
    }
    messages++;
    if (random.nextDouble() < conditions.lossRate()) {
      return;
    }
    int copies = random.nextDouble() < conditions.duplicateRate() ? 2 : 1;
    for (int c = 0; c < copies; c++) {
      long delay =
          conditions.minDelayMillis()
              + (long)
                  (random.nextDouble()
                      * (conditions.maxDelayMillis() - conditions.minDelayMillis()));
      NodeId fromId = nodes.get(from).id;
      at(
          delay,
          () -> {
            Node target = nodes.get(to);
            if (target.engine != null && target.partition == nodes.get(from).partition) {
              target.engine.onMessage(fromId, bytes);
            }
          });
    }
  }

  // ---------------------------------------------------------------- safety

  private void checkSafety(Node node, SimChain.Committed c) {
    if (faulty[node.index]) {
      return;
    }
    long h = c.block().number();
    if (!SignatureListVerifier.verify(c.hash(), c.sigList(), sealers, signatureCheck)) {
      throw new AssertionError(
          "node " + node.index + " committed block " + h + " without a valid signature quorum");
    }
    if (c.block().txs().isEmpty()) {
      throw new AssertionError("node " + node.index + " committed an empty block " + h);
    }
    if (h < canonical.size()) {
      if (!Arrays.equals(canonical.get((int) h), c.hash())) {
        throw new AssertionError("FORK at height " + h + ": node " + node.index + " disagrees");
      }
    } else if (h == canonical.size()) {
      canonical.add(c.hash());
    } else {
      throw new AssertionError("node " + node.index + " skipped to height " + h);
    }
  }
}
