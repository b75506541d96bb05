package org.jbcos.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jbcos.network.ModuleId;
import org.jbcos.network.NodeId;
import org.jbcos.network.memory.InMemoryP2pNetwork;
import org.jbcos.network.memory.SimulatedNetworkHub;
import org.jbcos.network.memory.VirtualScheduler;
import org.jbcos.protocol.Transaction;
import org.jbcos.sync.wire.SyncPacketType;

/**
 * One node of a simulated group on a virtual clock: its network, chain, block sync and gossip, with
 * the per-group routing a node does and a tick every 20 ms (gossip flushes every 10 ms).
 */
final class SyncNode {
  static final int GROUP = 1;

  final NodeId id;
  final InMemoryP2pNetwork network;
  final FakeChain chain;
  final BlockSync sync;
  final TransactionGossip gossip;
  final List<Transaction> received = new CopyOnWriteArrayList<>();
  final List<Sent> sends = new CopyOnWriteArrayList<>();
  final List<SyncStatus> statusChanges = new ArrayList<>();
  private final VirtualScheduler clock;
  private boolean stopped;

  /** A packet this node sent. */
  record Sent(NodeId to, int packetType, byte[] payload) {}

  SyncNode(
      SimulatedNetworkHub hub, NodeId id, FakeChain chain, SyncConfig config, GossipConfig gc) {
    this.id = id;
    this.chain = chain;
    this.clock = (VirtualScheduler) hub.scheduler();
    this.network = hub.join(id);
    SyncTransport p2p = new P2pSyncTransport(network, GROUP, peer -> true);
    SyncTransport recording =
        new SyncTransport() {
          @Override
          public Set<NodeId> peers() {
            return p2p.peers();
          }

          @Override
          public boolean send(NodeId to, int packetType, byte[] payload) {
            sends.add(new Sent(to, packetType, payload));
            return p2p.send(to, packetType, payload);
          }
        };
    this.sync =
        new BlockSync(
            recording, chain, chain, TestChains.SUITE, config, () -> clock.nanoTime() / 1_000_000);
    this.sync.setStatusListener(statusChanges::add);
    this.gossip =
        new TransactionGossip(
            recording,
            tx -> {
              received.add(tx);
              return true;
            },
            TestChains.SUITE,
            gc);
    network.registerHandler(
        ModuleId.BLOCK_SYNC,
        (from, msg) -> {
          if (msg.groupId() != GROUP || stopped) {
            return;
          }
          if (msg.packetType() == SyncPacketType.TRANSACTIONS) {
            gossip.onTransactions(from, msg.payload());
          } else {
            sync.onMessage(from, msg.packetType(), msg.payload());
          }
        });
    scheduleTick();
    scheduleFlush();
  }

  SyncNode(SimulatedNetworkHub hub, NodeId id, FakeChain chain) {
    this(hub, id, chain, testConfig(), GossipConfig.defaults());
  }

  static SyncConfig testConfig() {
    return SyncConfig.defaults().withStatusIntervalMillis(500);
  }

  private void scheduleTick() {
    clock.schedule(
        Duration.ofMillis(20),
        () -> {
          if (!stopped) {
            sync.onTick();
            scheduleTick();
          }
        });
  }

  private void scheduleFlush() {
    clock.schedule(
        Duration.ofMillis(10),
        () -> {
          if (!stopped) {
            gossip.flush();
            scheduleFlush();
          }
        });
  }

  void stop() {
    stopped = true;
  }

  long head() {
    return chain.headNumber();
  }

  List<Sent> sentOfType(int packetType) {
    return sends.stream().filter(s -> s.packetType() == packetType).toList();
  }
}
