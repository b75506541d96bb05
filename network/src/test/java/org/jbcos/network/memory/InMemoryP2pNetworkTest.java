package org.jbcos.network.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.jbcos.network.ModuleId;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pMessage;
import org.jbcos.network.PeerListener;
import org.junit.jupiter.api.Test;

class InMemoryP2pNetworkTest {
  private static final int PBFT = ModuleId.protocolId(1, ModuleId.PBFT);

  private static NodeId id(int n) {
    byte[] key = new byte[NodeId.LENGTH];
    key[63] = (byte) n;
    return NodeId.of(key);
  }

  private record Cluster(
      SimulatedNetworkHub hub,
      VirtualScheduler clock,
      List<InMemoryP2pNetwork> nodes,
      List<List<Integer>> received) {}

  /** n nodes; received.get(i) lists the first payload byte of each PBFT message node i got. */
  private static Cluster cluster(int n, long seed) {
    SimulatedNetworkHub hub = SimulatedNetworkHub.virtualTime(seed);
    List<InMemoryP2pNetwork> nodes = new ArrayList<>();
    List<List<Integer>> received = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      InMemoryP2pNetwork node = hub.join(id(i));
      List<Integer> inbox = new ArrayList<>();
      node.registerHandler(ModuleId.PBFT, (from, m) -> inbox.add((int) m.payload()[0]));
      nodes.add(node);
      received.add(inbox);
    }
    VirtualScheduler clock = (VirtualScheduler) hub.scheduler();
    clock.runUntilIdle();
    return new Cluster(hub, clock, nodes, received);
  }

  @Test
  void perfectLinksDeliverEverythingInOrder() {
    Cluster c = cluster(3, 1);
    assertThat(c.nodes().get(0).connectedPeers()).containsExactlyInAnyOrder(id(1), id(2));
    for (int i = 0; i < 50; i++) {
      c.nodes().get(0).send(id(1), PBFT, 0, new byte[] {(byte) i});
    }
    c.clock().runUntilIdle();
    assertThat(c.received().get(1)).hasSize(50).isSorted();
    assertThat(c.nodes().get(2).broadcast(PBFT, 0, new byte[] {99})).isEqualTo(2);
    c.clock().runUntilIdle();
    assertThat(c.received().get(0)).containsExactly(99);
  }

  @Test
  void partitionsCutLinksAndHealRestoresThem() {
    Cluster c = cluster(4, 2);
    List<String> events = new ArrayList<>();
    c.nodes()
        .get(0)
        .addPeerListener(
            new PeerListener() {
              @Override
              public void onConnected(NodeId peer) {
                events.add("+" + peer.toBytes()[63]);
              }

              @Override
              public void onDisconnected(NodeId peer) {
                events.add("-" + peer.toBytes()[63]);
              }
            });
    c.hub().partition(List.of(Set.of(id(0), id(1)), Set.of(id(2), id(3))));
    c.clock().runUntilIdle();
    assertThat(events).containsExactly("-2", "-3");
    assertThat(c.nodes().get(0).connectedPeers()).containsExactly(id(1));

    assertThat(c.nodes().get(0).send(id(2), PBFT, 0, new byte[] {1})).isFalse();
    assertThat(c.nodes().get(0).broadcast(PBFT, 0, new byte[] {2})).isEqualTo(1);
    c.clock().runUntilIdle();
    assertThat(c.received().get(1)).containsExactly(2);
    assertThat(c.received().get(2)).isEmpty();
    assertThat(c.received().get(3)).isEmpty();

    c.hub().heal();
    c.clock().runUntilIdle();
    assertThat(events).containsExactly("-2", "-3", "+2", "+3");
    assertThat(c.nodes().get(0).send(id(3), PBFT, 0, new byte[] {3})).isTrue();
    c.clock().runUntilIdle();
    assertThat(c.received().get(3)).containsExactly(3);
  }

  @Test
  void messagesInFlightAreLostWhenTheLinkGoesDown() {
    Cluster c = cluster(2, 3);
    c.hub().setConditions(new LinkConditions(0, 0, Duration.ofMillis(100), Duration.ofMillis(100)));
    c.nodes().get(0).send(id(1), PBFT, 0, new byte[] {1});
    c.clock().advance(Duration.ofMillis(50));
    c.hub().disconnect(id(1));
    c.clock().runUntilIdle();
    assertThat(c.received().get(1)).isEmpty();
    assertThat(c.nodes().get(0).connectedPeers()).isEmpty();
    c.hub().reconnect(id(1));
    c.nodes().get(0).send(id(1), PBFT, 0, new byte[] {2});
    c.clock().runUntilIdle();
    assertThat(c.received().get(1)).containsExactly(2);
  }

  @Test
  void dropsDuplicatesAndReordersAtTheConfiguredRates() {
    Cluster c = cluster(2, 4);
    c.hub().setConditions(new LinkConditions(0.3, 0.2, Duration.ZERO, Duration.ofMillis(50)));
    int sent = 2000;
    for (int i = 0; i < sent; i++) {
      c.nodes().get(0).send(id(1), PBFT, 0, new byte[] {(byte) i});
    }
    c.clock().runUntilIdle();
    int got = c.received().get(1).size();
    // expected: 0.7 * 1.2 * 2000 = 1680
    assertThat(got).isBetween(1560, 1800);
    assertThat(c.received().get(1)).isNotEqualTo(c.received().get(1).stream().sorted().toList());
  }

  @Test
  void theSameSeedReplaysTheSameRun() {
    assertThat(run(7)).isEqualTo(run(7)).isNotEqualTo(run(8));
  }

  private static List<Integer> run(long seed) {
    Cluster c = cluster(3, seed);
    c.hub().setConditions(new LinkConditions(0.2, 0.1, Duration.ZERO, Duration.ofMillis(20)));
    for (int i = 0; i < 100; i++) {
      c.nodes().get(i % 2).send(id(2), PBFT, 0, new byte[] {(byte) i});
    }
    c.clock().runUntilIdle();
    return c.received().get(2);
  }

  @Test
  void requestsGetResponsesOrTimeOut() throws Exception {
    Cluster c = cluster(2, 5);
    InMemoryP2pNetwork a = c.nodes().get(0);
    InMemoryP2pNetwork b = c.nodes().get(1);
    b.registerHandler(ModuleId.BLOCK_SYNC, (from, m) -> b.respond(from, m, new byte[] {42}));
    int sync = ModuleId.protocolId(1, ModuleId.BLOCK_SYNC);

    CompletableFuture<P2pMessage> answered =
        a.request(id(1), sync, 0, new byte[0], Duration.ofSeconds(1));
    c.clock().runUntilIdle();
    assertThat(answered.get().payload()).containsExactly(42);

    c.hub().setConditions(new LinkConditions(1, 0, Duration.ZERO, Duration.ZERO));
    CompletableFuture<P2pMessage> lost =
        a.request(id(1), sync, 0, new byte[0], Duration.ofSeconds(1));
    c.clock().advance(Duration.ofMillis(999));
    assertThat(lost).isNotDone();
    c.clock().advance(Duration.ofMillis(1));
    assertThat(lost).isCompletedExceptionally();
    try {
      lost.get();
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(TimeoutException.class);
    }
  }
}
