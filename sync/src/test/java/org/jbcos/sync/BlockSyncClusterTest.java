package org.jbcos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.consensus.pbft.SignatureListVerifier;
import org.jbcos.crypto.KeyPair;
import org.jbcos.network.NodeId;
import org.jbcos.network.memory.LinkConditions;
import org.jbcos.network.memory.SimulatedNetworkHub;
import org.jbcos.network.memory.VirtualScheduler;
import org.jbcos.protocol.Block;
import org.jbcos.sync.wire.ReqBlocksPacket;
import org.jbcos.sync.wire.SyncPacketType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Small groups on a simulated network and a virtual clock: every run is deterministic. */
class BlockSyncClusterTest {
  private static final List<KeyPair> NODE_KEYS = TestChains.keys(6, 900);
  private SimulatedNetworkHub hub;

  private SimulatedNetworkHub hub(long seed) {
    hub = SimulatedNetworkHub.virtualTime(seed);
    return hub;
  }

  @AfterEach
  void close() {
    if (hub != null) {
      hub.close();
    }
  }

  private static NodeId nodeId(int i) {
    return TestChains.networkId(NODE_KEYS.get(i));
  }

  private void run(Duration d) {
    ((VirtualScheduler) hub.scheduler()).advance(d);
  }

  private static void assertHonestUpTo(SyncNode node, long head) {
    assertThat(node.head()).as("head of %s", node.id.shortHex()).isEqualTo(head);
    for (long n = 1; n <= head; n++) {
      Block b = node.chain.block(n);
      assertThat(b.header().hash(TestChains.SUITE))
          .isEqualTo(TestChains.HONEST.get((int) n).header().hash(TestChains.SUITE));
      assertThat(
              SignatureListVerifier.verify(
                  b.header(), b.signatures(), TestChains.SEALERS, TestChains.SUITE))
          .isTrue();
    }
  }

  @Test
  void nodeHundredBlocksBehindCatchesUp() {
    hub(1);
    List<SyncNode> ahead = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ahead.add(new SyncNode(hub, nodeId(i), new FakeChain(TestChains.HONEST, 110)));
    }
    SyncNode behind = new SyncNode(hub, nodeId(3), new FakeChain(TestChains.HONEST, 10));

    run(Duration.ofSeconds(5));

    assertHonestUpTo(behind, 110);
    assertThat(behind.chain.imports).as("each block imported once").isEqualTo(100);
    assertThat(behind.sync.status().syncing()).isFalse();
    assertThat(behind.sync.status().knownHighestNumber()).isEqualTo(110);
    assertThat(behind.statusChanges).anyMatch(SyncStatus::syncing);
    List<ReqBlocksPacket> requests = requestsOf(behind);
    assertThat(requests).allMatch(r -> r.count() <= 32);
    assertThat(behind.sentOfType(SyncPacketType.REQ_BLOCKS).stream().map(SyncNode.Sent::to))
        .as("requests spread over the peers")
        .containsAll(ahead.stream().map(n -> n.id).toList());
    for (SyncNode n : ahead) {
      assertThat(n.chain.imports).isZero();
    }
  }

  @Test
  void nodeJoiningLateCatchesUpAndFollowsNewBlocks() {
    hub(2);
    List<SyncNode> group = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      group.add(new SyncNode(hub, nodeId(i), new FakeChain(TestChains.HONEST, 50)));
    }
    run(Duration.ofSeconds(2));
    SyncNode late = new SyncNode(hub, nodeId(3), new FakeChain(TestChains.HONEST, 0));
    run(Duration.ofSeconds(3));
    assertHonestUpTo(late, 50);

    for (long n = 51; n <= 60; n++) {
      for (SyncNode node : group) {
        node.chain.commit(TestChains.HONEST.get((int) n));
        node.sync.onNewHead();
      }
      run(Duration.ofMillis(300));
    }
    run(Duration.ofSeconds(2));
    assertHonestUpTo(late, 60);
  }

  @Test
  void peerServingBlocksWithoutQuorumIsIgnored() {
    hub(3);
    SyncNode liar =
        new SyncNode(
            hub, nodeId(0), new FakeChain(TestChains.withoutQuorum(TestChains.HONEST), 100));
    SyncNode honest = new SyncNode(hub, nodeId(1), new FakeChain(TestChains.HONEST, 100));
    SyncNode behind = new SyncNode(hub, nodeId(2), new FakeChain(TestChains.HONEST, 0));

    run(Duration.ofSeconds(8));

    assertHonestUpTo(behind, 100);
    assertThat(liar.sentOfType(SyncPacketType.BLOCKS)).as("the liar did serve blocks").isNotEmpty();
    assertThat(honest.head()).isEqualTo(100);
  }

  @Test
  void peerServingBlocksWithWrongParentIsIgnored() {
    hub(4);
    SyncNode liar =
        new SyncNode(
            hub, nodeId(0), new FakeChain(TestChains.withWrongParents(TestChains.HONEST), 120));
    new SyncNode(hub, nodeId(1), new FakeChain(TestChains.HONEST, 100));
    new SyncNode(hub, nodeId(2), new FakeChain(TestChains.HONEST, 100));
    SyncNode behind = new SyncNode(hub, nodeId(3), new FakeChain(TestChains.HONEST, 0));

    run(Duration.ofSeconds(8));

    assertHonestUpTo(behind, 100);
    assertThat(liar.sentOfType(SyncPacketType.BLOCKS)).isNotEmpty();
    assertThat(behind.sync.status().syncing())
        .as("the liar claims 120 but is still ignored")
        .isFalse();
  }

  @Test
  void peersWithAnotherGenesisAreIgnored() {
    hub(5);
    List<Block> otherChain = TestChains.build("group2", 40);
    SyncNode stranger = new SyncNode(hub, nodeId(0), new FakeChain(otherChain, 40));
    new SyncNode(hub, nodeId(1), new FakeChain(TestChains.HONEST, 20));
    SyncNode behind = new SyncNode(hub, nodeId(2), new FakeChain(TestChains.HONEST, 0));

    run(Duration.ofSeconds(3));

    assertHonestUpTo(behind, 20);
    assertThat(behind.sentOfType(SyncPacketType.REQ_BLOCKS))
        .noneMatch(s -> s.to().equals(stranger.id));
    assertThat(stranger.sentOfType(SyncPacketType.REQ_BLOCKS)).isEmpty();
    assertThat(stranger.sentOfType(SyncPacketType.BLOCKS)).isEmpty();
    assertThat(behind.sync.status().peers())
        .extracting(SyncStatus.PeerStatus::nodeId)
        .doesNotContain(stranger.id);
    assertThat(stranger.head()).isEqualTo(40);
  }

  @Test
  void convergesDespiteLossDuplicationAndReordering() {
    hub(6);
    hub.setConditions(new LinkConditions(0.2, 0.2, Duration.ofMillis(1), Duration.ofMillis(40)));
    List<SyncNode> nodes = new ArrayList<>();
    int[] heads = {120, 0, 30, 75};
    for (int i = 0; i < heads.length; i++) {
      nodes.add(new SyncNode(hub, nodeId(i), new FakeChain(TestChains.HONEST, heads[i])));
    }

    run(Duration.ofSeconds(40));

    for (SyncNode n : nodes) {
      assertHonestUpTo(n, 120);
    }
  }

  @Test
  void nodeThatLosesItsPeersResumesWhenTheyReturn() {
    hub(7);
    new SyncNode(hub, nodeId(0), new FakeChain(TestChains.HONEST, 90));
    SyncNode behind = new SyncNode(hub, nodeId(1), new FakeChain(TestChains.HONEST, 0));
    hub.disconnect(behind.id);
    run(Duration.ofSeconds(2));
    assertThat(behind.head()).isZero();
    assertThat(behind.sync.status().peers()).isEmpty();
    hub.reconnect(behind.id);
    run(Duration.ofSeconds(5));
    assertHonestUpTo(behind, 90);
  }

  private static List<ReqBlocksPacket> requestsOf(SyncNode node) {
    List<ReqBlocksPacket> out = new ArrayList<>();
    for (SyncNode.Sent s : node.sentOfType(SyncPacketType.REQ_BLOCKS)) {
      try {
        out.add(ReqBlocksPacket.decode(s.payload()));
      } catch (org.jbcos.sync.wire.MalformedPacketException e) {
        throw new AssertionError(e);
      }
    }
    return out;
  }
}
