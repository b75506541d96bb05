package org.jbcos.network.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pMessage;

/**
 * The medium of a simulated cluster: the nodes that joined it reach each other through links that
 * drop, duplicate, delay and reorder messages as {@link LinkConditions} say, with one seeded random
 * source. Partitions split the nodes into groups that cannot talk; {@link #disconnect} isolates one
 * node. A message in flight when its link goes down is lost. Peer listeners hear of every change of
 * reachability.
 *
 * <p>With a {@link VirtualScheduler} everything runs on the test's thread when it drives the clock,
 * so a seed replays the same run; with a {@link RealTimeScheduler} the seed fixes each message's
 * fate but not thread timing.
 */
public final class SimulatedNetworkHub implements AutoCloseable {
  private final SimulatedScheduler scheduler;
  private final Random random;
  private final Map<NodeId, InMemoryP2pNetwork> nodes = new LinkedHashMap<>();
  private final Map<NodeId, Set<NodeId>> reachable = new HashMap<>();
  private final Set<NodeId> isolated = new HashSet<>();
  private List<Set<NodeId>> partition = List.of();
  private LinkConditions conditions = LinkConditions.perfect();

  public SimulatedNetworkHub(SimulatedScheduler scheduler, long seed) {
    this.scheduler = scheduler;
    this.random = new Random(seed);
  }

  /** A hub on a fresh virtual clock; drive it with {@link #scheduler()}. */
  public static SimulatedNetworkHub virtualTime(long seed) {
    return new SimulatedNetworkHub(new VirtualScheduler(), seed);
  }

  /** A hub on a real-time thread. */
  public static SimulatedNetworkHub realTime(long seed) {
    return new SimulatedNetworkHub(new RealTimeScheduler(), seed);
  }

  public SimulatedScheduler scheduler() {
    return scheduler;
  }

  /**
   * Adds a node; it is connected at once to every node it can reach.
   *
   * @throws IllegalArgumentException if a node with this id is already in the hub
   */
  public synchronized InMemoryP2pNetwork join(NodeId id) {
    if (nodes.containsKey(id)) {
      throw new IllegalArgumentException("node " + id.shortHex() + " already joined");
    }
    InMemoryP2pNetwork node = new InMemoryP2pNetwork(this, id);
    nodes.put(id, node);
    reachable.put(id, Set.of());
    updateReachability();
    return node;
  }

  public synchronized void setConditions(LinkConditions newConditions) {
    conditions = newConditions;
  }

  /**
   * Splits the nodes: nodes in different groups cannot talk. Nodes in no group form one more group
   * together. Replaces an earlier partition.
   */
  public synchronized void partition(List<Set<NodeId>> groups) {
    partition = groups.stream().map(Set::copyOf).toList();
    updateReachability();
  }

  /** Ends the partition. */
  public synchronized void heal() {
    partition = List.of();
    updateReachability();
  }

  /** Cuts every link of {@code id} until {@link #reconnect}. */
  public synchronized void disconnect(NodeId id) {
    isolated.add(id);
    updateReachability();
  }

  public synchronized void reconnect(NodeId id) {
    isolated.remove(id);
    updateReachability();
  }

  synchronized void leave(NodeId id) {
    if (nodes.remove(id) != null) {
      reachable.remove(id);
      updateReachability();
    }
  }

  synchronized Set<NodeId> peersOf(NodeId id) {
    return reachable.getOrDefault(id, Set.of());
  }

  /**
   * Puts a message on the link from {@code from} to {@code to}.
   *
   * @return false if the link is down now (nothing was sent)
   */
  synchronized boolean transmit(NodeId from, NodeId to, P2pMessage message) {
    if (!peersOf(from).contains(to)) {
      return false;
    }
    if (random.nextDouble() < conditions.dropRate()) {
      return true;
    }
    int copies = random.nextDouble() < conditions.duplicateRate() ? 2 : 1;
    for (int i = 0; i < copies; i++) {
      scheduler.schedule(delay(), () -> arrive(from, to, message));
    }
    return true;
  }

  private void arrive(NodeId from, NodeId to, P2pMessage message) {
    InMemoryP2pNetwork receiver;
    synchronized (this) {
      if (!peersOf(from).contains(to)) {
        return; // the link went down while the message was in flight
      }
      receiver = nodes.get(to);
    }
    if (receiver != null) {
      receiver.receive(from, message);
    }
  }

  private Duration delay() {
    long min = conditions.minDelay().toNanos();
    long span = conditions.maxDelay().toNanos() - min;
    return Duration.ofNanos(span == 0 ? min : min + (long) (random.nextDouble() * (span + 1)));
  }

  private boolean canTalk(NodeId a, NodeId b) {
    return !a.equals(b)
        && !isolated.contains(a)
        && !isolated.contains(b)
        && groupOf(a) == groupOf(b);
  }

  private int groupOf(NodeId id) {
    for (int i = 0; i < partition.size(); i++) {
      if (partition.get(i).contains(id)) {
        return i;
      }
    }
    return -1;
  }

  /** Recomputes who reaches whom and tells the nodes about the differences, in id order. */
  private void updateReachability() {
    for (NodeId id : new TreeSet<>(nodes.keySet())) {
      Set<NodeId> before = reachable.getOrDefault(id, Set.of());
      Set<NodeId> after = new TreeSet<>();
      for (NodeId other : nodes.keySet()) {
        if (canTalk(id, other)) {
          after.add(other);
        }
      }
      reachable.put(id, Set.copyOf(after));
      InMemoryP2pNetwork node = nodes.get(id);
      for (NodeId gone : sorted(before)) {
        if (!after.contains(gone)) {
          scheduler.execute(() -> node.peerDisconnected(gone));
        }
      }
      for (NodeId added : after) {
        if (!before.contains(added)) {
          scheduler.execute(() -> node.peerConnected(added));
        }
      }
    }
  }

  private static List<NodeId> sorted(Collection<NodeId> ids) {
    return new ArrayList<>(new TreeSet<>(ids));
  }

  /** Closes every node and stops the scheduler. */
  @Override
  public void close() {
    List<InMemoryP2pNetwork> all;
    synchronized (this) {
      all = List.copyOf(nodes.values());
    }
    all.forEach(InMemoryP2pNetwork::close);
    scheduler.shutdown();
  }
}
