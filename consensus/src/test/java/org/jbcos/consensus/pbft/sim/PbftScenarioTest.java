package org.jbcos.consensus.pbft.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbcos.consensus.pbft.DropReason;
import org.jbcos.consensus.pbft.Gossiper;
import org.jbcos.consensus.pbft.InMemoryPrepareBackup;
import org.jbcos.consensus.pbft.MalformedMessageException;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.PacketType;
import org.jbcos.consensus.pbft.PbftConfig;
import org.jbcos.consensus.pbft.PbftEngine;
import org.jbcos.consensus.pbft.PbftMessage;
import org.jbcos.consensus.pbft.PbftMessageCodec;
import org.jbcos.consensus.pbft.SignatureListVerifier;
import org.junit.jupiter.api.Test;

/** Scripted PBFT scenarios on four nodes with a fake clock and a scripted network. */
class PbftScenarioTest {
  private static Optional<PbftMessage> decode(byte[] bytes) {
    try {
      return Optional.of(PbftMessageCodec.decode(bytes));
    } catch (MalformedMessageException e) {
      return Optional.empty();
    }
  }

  private static boolean is(SimCluster.Envelope e, PacketType type) {
    return decode(e.bytes()).map(m -> m.type() == type).orElse(false);
  }

  private static byte[] message(
      SimCluster c, PacketType type, int from, long height, long view, byte[] hash) {
    return PbftMessageCodec.encode(
        PbftMessage.signed(
            type, height, view, from, c.now(), hash, new byte[0], c.node(from).crypto));
  }

  @Test
  void fourNodesCommitBlocksSignedByAQuorum() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    for (int i = 0; i < 10; i++) {
      c.submitTx(i);
    }
    c.runFor(3_000);
    assertThat(c.minHonestHeight()).isGreaterThanOrEqualTo(1);
    SimChain.Committed b = c.node(2).chain().block(1);
    List<NodeId> sealers = c.nodes().stream().map(SimCluster.Node::id).toList();
    assertThat(b.sigList()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(SignatureListVerifier.verify(b.hash(), b.sigList(), sealers, c.node(0).crypto))
        .isTrue();
    assertThat(b.block().txs()).hasSize(10);
  }

  @Test
  void emptyPrepareTriggersFastViewChange() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.runFor(1_500); // no transactions: the leader proposes an empty block after 1 s
    for (SimCluster.Node n : c.nodes()) {
      assertThat(n.engine().status().view()).as("node %s", n.id()).isEqualTo(1);
      assertThat(n.engine().status().changeCycle()).isZero();
      assertThat(n.height()).isZero(); // an empty block is never committed
    }
  }

  @Test
  void viewChangeQuorumMovesToNewView() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.crash(0); // the leader of view 0 at height 1
    c.submitTx(1);
    c.runFor(3_200); // the 3 s view timeout fires, three view changes form a quorum
    for (int i = 1; i < 4; i++) {
      assertThat(c.node(i).engine().status().view()).isEqualTo(1);
      assertThat(c.node(i).engine().status().leader()).isEqualTo(1);
    }
    c.runFor(1_000); // node 1 leads view 1 and seals after min_block_generation_time
    for (int i = 1; i < 4; i++) {
      assertThat(c.node(i).height()).isEqualTo(1);
      assertThat(c.node(i).engine().status().view()).isZero(); // the view resets on commit
    }
  }

  @Test
  void timeoutsBackOffByOneAndAHalf() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.block(e -> true); // nobody hears anybody
    c.submitTx(1);
    PbftEngine n1 = c.node(1).engine();
    c.runFor(3_100);
    assertThat(n1.status().toView()).isEqualTo(1);
    c.runFor(4_500 - 100 - 50); // next timeout after 3 s × 1.5
    assertThat(n1.status().toView()).isEqualTo(1);
    c.runFor(200);
    assertThat(n1.status().toView()).isEqualTo(2);
    assertThat(n1.status().changeCycle()).isEqualTo(2);
    assertThat(n1.status().leaderFailed()).isTrue();
  }

  @Test
  void moreThanFViewChangesAboveOwnCatchUpToTheLowest() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.block(e -> true);
    PbftEngine n0 = c.node(0).engine();
    byte[] head = c.node(0).chain().headHash();
    n0.onMessage(c.node(1).id(), message(c, PacketType.VIEW_CHANGE, 1, 0, 5, head));
    assertThat(n0.status().toView()).isZero(); // f = 1: one request is not enough
    n0.onMessage(c.node(2).id(), message(c, PacketType.VIEW_CHANGE, 2, 0, 7, head));
    assertThat(n0.status().toView()).isEqualTo(5);
    assertThat(n0.status().view()).isZero(); // 5 has two requests with ours: below the quorum
    n0.onMessage(c.node(3).id(), message(c, PacketType.VIEW_CHANGE, 3, 0, 5, head));
    assertThat(n0.status().view()).isEqualTo(5);
    assertThat(n0.status().leaderFailed()).isFalse();
  }

  @Test
  void duplicateSignFromSameSealerCountsOnce() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    List<PbftMessage> sent = new ArrayList<>();
    c.block(
        e -> {
          decode(e.bytes()).ifPresent(sent::add);
          return true;
        });
    c.submitTx(1);
    c.runFor(600); // node 0 leads: proposes, executes and signs
    PbftMessage ownSign =
        sent.stream().filter(m -> m.type() == PacketType.SIGN && m.idx() == 0).findFirst().get();
    PbftEngine n0 = c.node(0).engine();
    byte[] sign1 = message(c, PacketType.SIGN, 1, 1, 0, ownSign.blockHash());
    n0.onMessage(c.node(1).id(), sign1);
    n0.onMessage(c.node(1).id(), sign1);
    n0.onMessage(
        c.node(1).id(), message(c, PacketType.SIGN, 1, 1, 0, ownSign.blockHash())); // re-signed
    assertThat(n0.dropped(DropReason.DUPLICATE)).isEqualTo(2);
    assertThat(n0.status().locked()).isFalse(); // two signs of three needed
    n0.onMessage(c.node(2).id(), message(c, PacketType.SIGN, 2, 1, 0, ownSign.blockHash()));
    assertThat(n0.status().locked()).isTrue(); // quorum: backed up, commit sent
    assertThat(c.node(0).backup.load()).isPresent();
  }

  @Test
  void badlySignedAndGarbageMessagesAreDroppedWithAReason() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.block(e -> true);
    PbftEngine n0 = c.node(0).engine();
    byte[] head = c.node(0).chain().headHash();
    n0.onMessage(c.node(1).id(), new byte[] {(byte) 0xc3, 1, 2, 3});
    n0.onMessage(c.node(1).id(), new byte[0]);
    // node 2 signs but claims to be node 1
    n0.onMessage(
        c.node(2).id(),
        PbftMessageCodec.encode(
            PbftMessage.signed(
                PacketType.VIEW_CHANGE, 0, 1, 1, 0, head, new byte[0], c.node(2).crypto)));
    n0.onMessage(c.node(1).id(), message(c, PacketType.VIEW_CHANGE, 0, 0, 1, head));
    assertThat(n0.dropped(DropReason.MALFORMED)).isEqualTo(2);
    assertThat(n0.dropped(DropReason.BAD_SIGNATURE)).isEqualTo(1);
    assertThat(n0.dropped(DropReason.OWN_MESSAGE)).isEqualTo(1);
    assertThat(n0.status().toView()).isZero();
  }

  @Test
  void futureMessagesAreReplayedWhenHeightArrives() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.syncEnabled(false);
    // node 3 misses everything of height 1 (and view changes, so it does not disturb)
    c.block(
        e ->
            e.to() == 3
                && decode(e.bytes())
                    .map(m -> m.height() == 1 || m.type() == PacketType.VIEW_CHANGE)
                    .orElse(true));
    c.submitTx(1);
    c.runFor(700);
    assertThat(c.node(0).height()).isEqualTo(1);
    assertThat(c.node(3).height()).isZero();
    c.submitTx(2);
    c.runFor(700); // height 2 is agreed; node 3 caches its prepare, signs and commits
    assertThat(c.node(0).height()).isEqualTo(2);
    assertThat(c.node(3).engine().futureMessages()).isGreaterThanOrEqualTo(3);

    c.node(3).chain().append(c.node(0).chain().block(1)); // block 1 arrives (as by sync)
    c.node(3).engine().onNewHead();
    assertThat(c.node(3).height()).isEqualTo(2); // replayed: executed, voted and committed
    assertThat(c.node(3).chain().block(2).hash()).isEqualTo(c.node(0).chain().block(2).hash());
  }

  @Test
  void restartReplaysCommittedPrepareBackup() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.block(e -> is(e, PacketType.COMMIT)); // everyone reaches the sign quorum, nobody commits
    c.submitTx(1);
    c.runFor(700);
    for (SimCluster.Node n : c.nodes()) {
      assertThat(n.engine().status().locked()).isTrue();
      assertThat(n.height()).isZero();
    }
    byte[] backedUp = decode(c.node(0).backup.load().orElseThrow()).orElseThrow().blockHash();
    for (int i = 0; i < 4; i++) {
      c.crash(i);
    }
    c.block(e -> false);
    c.submitTx(2); // a fresh proposal would now differ
    for (int i = 0; i < 4; i++) {
      c.restart(i);
      assertThat(c.node(i).engine().status().locked()).isTrue();
    }
    c.runFor(100); // the leader of view 0 re-proposes the backed-up block at once
    for (SimCluster.Node n : c.nodes()) {
      assertThat(n.height()).isEqualTo(1);
      assertThat(n.chain().block(1).hash()).isEqualTo(backedUp);
      assertThat(n.chain().block(1).block().txs()).containsExactly(1L);
    }
  }

  @Test
  void lockedReplicasRefuseADifferentBlockAfterTheViewChange() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    c.syncEnabled(false);
    // commits reach node 0 only: it commits block 1, the others stay at the sign quorum
    c.block(e -> is(e, PacketType.COMMIT) && e.to() != 0);
    c.submitTx(1);
    c.runFor(700);
    assertThat(c.node(0).height()).isEqualTo(1);
    c.crash(0);
    c.block(e -> false);
    c.submitTx(2);
    c.runFor(5_000); // view change to leader 1, which must re-propose the locked block
    for (int i = 1; i < 4; i++) {
      assertThat(c.node(i).height()).isGreaterThanOrEqualTo(1);
      assertThat(c.node(i).chain().block(1).hash()).isEqualTo(c.node(0).chain().block(1).hash());
    }
  }

  @Test
  void observerNeverSendsNorVotes() {
    SimCluster c = SimCluster.withSimCrypto(4, 1).start();
    List<byte[]> sentByObserver = new ArrayList<>();
    Gossiper recording =
        new Gossiper() {
          @Override
          public void send(NodeId to, byte[] message) {
            sentByObserver.add(message);
          }

          @Override
          public void broadcast(byte[] message) {
            sentByObserver.add(message);
          }
        };
    NodeId observerId = NodeId.fromHex("ab".repeat(64));
    SimChain observerChain =
        new SimChain(
            c.nodes().stream().map(SimCluster.Node::id).toList(),
            new SimCrypto(observerId)::hash,
            SimCluster.SIM_TX_COUNT_LIMIT);
    PbftEngine observer =
        new PbftEngine(
            PbftConfig.defaults(),
            observerId,
            observerChain,
            observerChain,
            observerChain,
            observerChain,
            recording,
            new InMemoryPrepareBackup(),
            new SimCrypto(observerId),
            c::now);
    observer.start();
    observerChain.submit(1);
    c.block(
        e -> {
          observer.onMessage(c.node(e.from()).id(), e.bytes());
          return false;
        });
    c.submitTx(1);
    for (int i = 0; i < 100; i++) {
      c.runFor(100);
      observer.onTick();
    }
    assertThat(c.node(0).height()).isGreaterThanOrEqualTo(1);
    assertThat(sentByObserver).isEmpty();
    assertThat(observer.status().nodeIndex()).isEqualTo(-1);
    assertThat(observer.dropped(DropReason.NOT_A_SEALER)).isPositive();
  }
}
