package org.jbcos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jbcos.crypto.KeyPair;
import org.jbcos.network.NodeId;
import org.jbcos.protocol.Block;
import org.jbcos.sync.wire.BlocksPacket;
import org.jbcos.sync.wire.MalformedPacketException;
import org.jbcos.sync.wire.ReqBlocksPacket;
import org.jbcos.sync.wire.StatusPacket;
import org.jbcos.sync.wire.SyncPacketType;
import org.junit.jupiter.api.Test;

/** The core alone, driven by hand: what it asks for, serves, imports and drops. */
class BlockSyncTest {
  private static final List<KeyPair> KEYS = TestChains.keys(3, 950);
  private final List<NodeId> peerIds = KEYS.stream().map(TestChains::networkId).toList();
  private final FakeTransport transport = new FakeTransport();
  private final AtomicLong now = new AtomicLong(1_000);
  private final FakeChain chain = new FakeChain(TestChains.HONEST, 0);
  private final BlockSync sync =
      new BlockSync(transport, chain, chain, TestChains.SUITE, SyncConfig.defaults(), now::get);

  private void peerSays(NodeId peer, long number) {
    byte[] genesis = TestChains.HONEST.get(0).header().hash(TestChains.SUITE);
    byte[] head = TestChains.HONEST.get((int) number).header().hash(TestChains.SUITE);
    sync.onMessage(peer, SyncPacketType.STATUS, new StatusPacket(number, genesis, head).encode());
  }

  private List<SyncNode.Sent> requests() {
    return transport.ofType(SyncPacketType.REQ_BLOCKS);
  }

  private static ReqBlocksPacket decode(SyncNode.Sent s) {
    try {
      return ReqBlocksPacket.decode(s.payload());
    } catch (MalformedPacketException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] blocks(long from, long to) {
    List<byte[]> encoded = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      encoded.add(TestChains.HONEST.get((int) n).encode(TestChains.SUITE));
    }
    return BlocksPacket.encode(encoded);
  }

  @Test
  void aNodeOneBlockBehindThatKeepsCommittingIsLeftToConsensus() {
    transport.peers.addAll(peerIds);
    sync.onTick();
    peerSays(peerIds.get(0), 1);
    now.addAndGet(600);
    sync.onTick();
    // consensus commits block 1 here, the peer is at 2 already: one behind again, for a moment
    chain.commit(TestChains.HONEST.get(1));
    peerSays(peerIds.get(0), 2);
    sync.onTick();
    now.addAndGet(600);
    sync.onTick();
    assertThat(requests()).as("1.2 s behind, but the head moved 0.6 s ago").isEmpty();

    now.addAndGet(500);
    sync.onTick();
    assertThat(requests()).extracting(s -> decode(s).fromNumber()).containsExactly(2L);
  }

  @Test
  void asksForAtMostFourRangesOf32BlocksSpreadOverThePeers() {
    transport.peers.addAll(peerIds);
    sync.onTick();
    for (NodeId p : peerIds) {
      peerSays(p, 130);
    }
    assertThat(requests()).as("nothing before the tick").isEmpty();
    sync.onTick();

    assertThat(requests()).hasSize(4);
    assertThat(requests().stream().map(BlockSyncTest::decode).toList())
        .extracting(ReqBlocksPacket::fromNumber, ReqBlocksPacket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 32),
            org.assertj.core.groups.Tuple.tuple(33L, 32),
            org.assertj.core.groups.Tuple.tuple(65L, 32),
            org.assertj.core.groups.Tuple.tuple(97L, 32));
    assertThat(requests().stream().map(SyncNode.Sent::to).distinct()).hasSize(3);
    assertThat(sync.status().syncing()).isTrue();
    assertThat(sync.status().knownHighestNumber()).isEqualTo(130);
  }

  @Test
  void asksOnlyPeersThatHaveTheBlocks() {
    transport.peers.addAll(peerIds);
    sync.onTick();
    peerSays(peerIds.get(0), 5);
    peerSays(peerIds.get(1), 40);
    sync.onTick();

    List<ReqBlocksPacket> asked = requests().stream().map(BlockSyncTest::decode).toList();
    assertThat(asked).extracting(ReqBlocksPacket::toNumber).allMatch(n -> n <= 40);
    for (SyncNode.Sent s : requests()) {
      if (s.to().equals(peerIds.get(0))) {
        assertThat(decode(s).toNumber()).isLessThanOrEqualTo(5);
      }
    }
  }

  @Test
  void timedOutRequestGoesToAnotherPeer() {
    transport.peers.addAll(peerIds.subList(0, 2));
    sync.onTick();
    peerSays(peerIds.get(0), 10);
    peerSays(peerIds.get(1), 10);
    sync.onTick();
    assertThat(requests()).hasSize(1);
    NodeId first = requests().get(0).to();

    now.addAndGet(10 * 200 - 1);
    sync.onTick();
    assertThat(requests()).as("not yet timed out").hasSize(1);
    now.addAndGet(1);
    sync.onTick();

    assertThat(requests()).hasSize(2);
    assertThat(requests().get(1).to()).isNotEqualTo(first);
    assertThat(decode(requests().get(1))).isEqualTo(new ReqBlocksPacket(1, 10));
  }

  @Test
  void importsBlocksOnlyWhenTheyConnectToTheHead() {
    transport.peers.addAll(peerIds);
    sync.onTick();
    peerSays(peerIds.get(0), 10);
    sync.onTick();

    sync.onMessage(peerIds.get(0), SyncPacketType.BLOCKS, blocks(6, 10));
    assertThat(chain.headNumber()).as("6..10 wait for 1..5").isZero();
    sync.onMessage(peerIds.get(0), SyncPacketType.BLOCKS, blocks(1, 5));
    assertThat(chain.headNumber()).isEqualTo(10);
    assertThat(sync.status().syncing()).isFalse();
    assertThat(transport.ofType(SyncPacketType.STATUS))
        .as("the new head is announced")
        .isNotEmpty();
  }

  @Test
  void fullQueueStillAsksForTheBlockAfterTheHead() {
    BlockSync small =
        new BlockSync(
            transport,
            chain,
            chain,
            TestChains.SUITE,
            SyncConfig.defaults().withQueueBounds(32, 1L << 30),
            now::get);
    transport.peers.add(peerIds.get(0));
    small.onTick();
    byte[] genesis = TestChains.HONEST.get(0).header().hash(TestChains.SUITE);
    byte[] head = TestChains.HONEST.get(100).header().hash(TestChains.SUITE);
    small.onMessage(
        peerIds.get(0), SyncPacketType.STATUS, new StatusPacket(100, genesis, head).encode());
    transport.sent.clear();
    small.onMessage(peerIds.get(0), SyncPacketType.BLOCKS, blocks(2, 33));
    small.onTick();

    assertThat(requests())
        .extracting(BlockSyncTest::decode)
        .containsExactly(new ReqBlocksPacket(1, 1));
    small.onMessage(peerIds.get(0), SyncPacketType.BLOCKS, blocks(1, 1));
    assertThat(chain.headNumber()).as("block 33 made room for block 1").isEqualTo(32);
  }

  @Test
  void badBlockPenalisesThePeerAndDropsItsOtherBlocks() {
    transport.peers.addAll(peerIds.subList(0, 2));
    sync.onTick();
    peerSays(peerIds.get(0), 10);
    peerSays(peerIds.get(1), 10);
    List<Block> bad = TestChains.withoutQuorum(TestChains.HONEST);
    List<byte[]> encoded = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      encoded.add(bad.get(n).encode(TestChains.SUITE));
    }
    transport.sent.clear();
    sync.onMessage(peerIds.get(0), SyncPacketType.BLOCKS, BlocksPacket.encode(encoded));
    assertThat(chain.headNumber()).isZero();

    sync.onTick();
    assertThat(requests()).isNotEmpty().allMatch(s -> s.to().equals(peerIds.get(1)));
    sync.onMessage(peerIds.get(0), SyncPacketType.BLOCKS, blocks(1, 10));
    assertThat(chain.headNumber()).as("blocks from an ignored peer are dropped").isZero();
    sync.onMessage(peerIds.get(1), SyncPacketType.BLOCKS, blocks(1, 10));
    assertThat(chain.headNumber()).isEqualTo(10);
  }

  @Test
  void servesAtMost32BlocksAndNothingItDoesNotHave() throws MalformedPacketException {
    FakeChain full = new FakeChain(TestChains.HONEST, 100);
    BlockSync server =
        new BlockSync(transport, full, full, TestChains.SUITE, SyncConfig.defaults(), now::get);
    transport.peers.add(peerIds.get(0));
    server.onTick();

    server.onMessage(
        peerIds.get(0), SyncPacketType.REQ_BLOCKS, new ReqBlocksPacket(1, 1000).encode());
    server.onMessage(
        peerIds.get(0), SyncPacketType.REQ_BLOCKS, new ReqBlocksPacket(95, 32).encode());
    server.onMessage(
        peerIds.get(0), SyncPacketType.REQ_BLOCKS, new ReqBlocksPacket(101, 5).encode());

    List<SyncNode.Sent> answers = transport.ofType(SyncPacketType.BLOCKS);
    assertThat(answers).hasSize(2);
    var first = BlocksPacket.decode(answers.get(0).payload(), 32, TestChains.SUITE);
    assertThat(first).hasSize(32);
    assertThat(first.get(0).block().header().number()).isEqualTo(1);
    var second = BlocksPacket.decode(answers.get(1).payload(), 32, TestChains.SUITE);
    assertThat(second)
        .extracting(b -> b.block().header().number())
        .containsExactly(95L, 96L, 97L, 98L, 99L, 100L);
  }

  @Test
  void malformedPayloadsAreDroppedWithoutHarm() {
    transport.peers.addAll(peerIds);
    sync.onTick();
    NodeId p = peerIds.get(0);
    byte[][] garbage = {
      new byte[0],
      {(byte) 0xc0},
      {(byte) 0xff, 1, 2},
      {(byte) 0xc3, (byte) 0x82, 0, 1},
      blocks(1, 2),
      new ReqBlocksPacket(1, 3).encode(),
    };
    for (int type = 0; type <= 5; type++) {
      for (byte[] g : garbage) {
        byte[] payload = type == SyncPacketType.BLOCKS && g.length > 10 ? truncate(g) : g;
        sync.onMessage(p, type, payload);
      }
    }
    byte[] trailing = blocks(1, 2);
    byte[] withTrailing = java.util.Arrays.copyOf(trailing, trailing.length + 1);
    sync.onMessage(p, SyncPacketType.BLOCKS, withTrailing);

    assertThat(chain.headNumber()).isZero();
    assertThat(sync.status().peers()).isEmpty();
    // the core still works
    peerSays(p, 2);
    sync.onMessage(p, SyncPacketType.BLOCKS, blocks(1, 2));
    assertThat(chain.headNumber()).isEqualTo(2);
  }

  private static byte[] truncate(byte[] b) {
    return java.util.Arrays.copyOf(b, b.length - 3);
  }

  @Test
  void statusFromAnotherGenesisIsIgnored() {
    transport.peers.addAll(peerIds);
    sync.onTick();
    byte[] otherGenesis = new byte[32];
    sync.onMessage(
        peerIds.get(0),
        SyncPacketType.STATUS,
        new StatusPacket(500, otherGenesis, new byte[32]).encode());
    sync.onTick();
    assertThat(requests()).isEmpty();
    assertThat(sync.status().syncing()).isFalse();
    sync.onMessage(peerIds.get(0), SyncPacketType.REQ_BLOCKS, new ReqBlocksPacket(1, 3).encode());
    assertThat(transport.ofType(SyncPacketType.BLOCKS)).isEmpty();
  }
}
