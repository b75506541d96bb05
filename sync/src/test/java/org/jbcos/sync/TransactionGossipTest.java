package org.jbcos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.crypto.KeyPair;
import org.jbcos.network.NodeId;
import org.jbcos.network.memory.LinkConditions;
import org.jbcos.network.memory.SimulatedNetworkHub;
import org.jbcos.network.memory.VirtualScheduler;
import org.jbcos.protocol.Transaction;
import org.jbcos.sync.wire.SyncPacketType;
import org.jbcos.sync.wire.TransactionsPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransactionGossipTest {
  private static final KeyPair CLIENT =
      TestChains.SUITE.signatureAlgorithm().keyPairOf(BigInteger.valueOf(4242));
  private static final List<Transaction> TXS = transactions(60);
  private SimulatedNetworkHub hub;

  private static List<Transaction> transactions(int n) {
    List<Transaction> txs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      txs.add(
          Transaction.builder()
              .nonce(BigInteger.valueOf(i))
              .blockLimit(500)
              .to(new byte[20])
              .sign(TestChains.SUITE, CLIENT));
    }
    return List.copyOf(txs);
  }

  @AfterEach
  void close() {
    hub.close();
  }

  private List<SyncNode> cluster(int n, GossipConfig gc) {
    List<SyncNode> nodes = new ArrayList<>();
    List<KeyPair> keys = TestChains.keys(n, 990);
    for (KeyPair k : keys) {
      nodes.add(
          new SyncNode(
              hub,
              TestChains.networkId(k),
              new FakeChain(TestChains.HONEST, 3),
              SyncNode.testConfig(),
              gc));
    }
    return nodes;
  }

  private void run(Duration d) {
    ((VirtualScheduler) hub.scheduler()).advance(d);
  }

  private static List<byte[]> hashes(List<Transaction> txs) {
    return txs.stream().map(t -> t.hash(TestChains.SUITE)).toList();
  }

  @Test
  void clientTransactionsReachEveryPeerOnceAndAreNotForwardedAgain() {
    hub = SimulatedNetworkHub.virtualTime(11);
    List<SyncNode> nodes = cluster(4, new GossipConfig(10, 25, 1 << 20, 1000, 10_000));
    nodes.get(0).gossip.broadcastFromClient(TXS.subList(0, 40));
    nodes.get(1).gossip.broadcastFromClient(TXS.subList(40, 60));

    run(Duration.ofMillis(200));

    assertThat(hashes(nodes.get(0).received))
        .containsExactlyInAnyOrderElementsOf(hashes(TXS.subList(40, 60)));
    assertThat(hashes(nodes.get(1).received))
        .containsExactlyInAnyOrderElementsOf(hashes(TXS.subList(0, 40)));
    for (SyncNode peer : nodes.subList(2, 4)) {
      assertThat(hashes(peer.received)).containsExactlyInAnyOrderElementsOf(hashes(TXS));
      assertThat(peer.sentOfType(SyncPacketType.TRANSACTIONS)).as("no re-broadcast").isEmpty();
    }
    // 40 txs in batches of 25: a full batch at once, the rest on the next flush, to 3 peers each
    assertThat(nodes.get(0).sentOfType(SyncPacketType.TRANSACTIONS)).hasSize(2 * 3);
    assertThat(nodes.get(1).sentOfType(SyncPacketType.TRANSACTIONS)).hasSize(3);
  }

  @Test
  void clientTransactionsWaitForAPeerWhenThereIsNone() throws Exception {
    hub = SimulatedNetworkHub.virtualTime(14);
    FakeTransport transport = new FakeTransport();
    TransactionGossip gossip =
        new TransactionGossip(
            transport, tx -> true, TestChains.SUITE, new GossipConfig(10, 25, 1 << 20, 30, 100));
    gossip.broadcastFromClient(TXS.subList(0, 40));
    gossip.flush();
    assertThat(transport.sent).isEmpty();

    NodeId peer = TestChains.networkId(TestChains.keys(1, 77).get(0));
    transport.peers.add(peer);
    gossip.flush();

    List<Transaction> delivered = new ArrayList<>();
    for (SyncNode.Sent m : transport.sent) {
      delivered.addAll(TransactionsPacket.decode(m.payload(), 1000, TestChains.SUITE));
    }
    assertThat(hashes(delivered))
        .as("the newest 30 (maxReceivedTransactions) waited")
        .containsExactlyElementsOf(hashes(TXS.subList(10, 40)));
    gossip.flush();
    assertThat(transport.sent).as("sent once").hasSize(2);
  }

  @Test
  void duplicatedPacketsReachTheSinkOnce() {
    hub = SimulatedNetworkHub.virtualTime(12);
    hub.setConditions(new LinkConditions(0, 1, Duration.ofMillis(1), Duration.ofMillis(20)));
    List<SyncNode> nodes = cluster(3, GossipConfig.defaults());
    nodes.get(0).gossip.broadcastFromClient(TXS);
    nodes.get(0).gossip.broadcastFromClient(TXS.subList(0, 5));

    run(Duration.ofMillis(300));

    for (SyncNode peer : nodes.subList(1, 3)) {
      assertThat(hashes(peer.received)).containsExactlyInAnyOrderElementsOf(hashes(TXS));
    }
  }

  @Test
  void malformedTransactionPacketsAreDroppedWhole() {
    hub = SimulatedNetworkHub.virtualTime(13);
    List<Transaction> sunk = new ArrayList<>();
    TransactionGossip gossip =
        new TransactionGossip(
            new FakeTransport(), tx -> sunk.add(tx), TestChains.SUITE, GossipConfig.defaults());
    NodeId from = TestChains.networkId(CLIENT);
    byte[] good = TransactionsPacket.encode(List.of(TXS.get(0).encode()));
    byte[] tampered = good.clone();
    tampered[tampered.length - 40] ^= 0x01; // inside r: still decodes, the pool rejects it
    byte[] oneBad =
        TransactionsPacket.encode(List.of(TXS.get(1).encode(), new byte[] {(byte) 0xc1, 0x01}));

    assertThat(gossip.onTransactions(from, new byte[] {(byte) 0xff})).isZero();
    assertThat(gossip.onTransactions(from, new byte[0])).isZero();
    assertThat(gossip.onTransactions(from, oneBad)).isZero();
    assertThat(gossip.onTransactions(from, java.util.Arrays.copyOf(good, good.length - 1)))
        .isZero();
    assertThat(sunk).isEmpty();
    assertThat(gossip.onTransactions(from, good)).isEqualTo(1);
    assertThat(gossip.onTransactions(from, good)).as("seen already").isZero();
    assertThat(sunk).hasSize(1);
  }
}
