package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.node.InProcessChains.await;
import static org.jbcos.tools.node.InProcessChains.group1;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jbcos.consensus.pbft.DropReason;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.PacketType;
import org.jbcos.consensus.pbft.PbftMessage;
import org.jbcos.consensus.pbft.PbftMessageCodec;
import org.jbcos.consensus.pbft.PbftStatus;
import org.jbcos.consensus.pbft.SignatureListVerifier;
import org.jbcos.consensus.pbft.SuiteCrypto;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.network.ModuleId;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.jbcos.node.network.NodeNetwork;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three honest PBFT sealers and a faulty fourth, over real TLS: the faulty one holds a real
 * certificate and sealer key of the chain but, instead of running PBFT, floods the others with
 * garbage, equivocating prepares (a different block to every peer), validly signed votes for blocks
 * that do not exist, messages that claim another sealer's index and view changes for views far
 * ahead. The honest three must keep committing the same blocks, each signed by a quorum.
 */
@Timeout(180)
class FaultySealerTest {
  private static final int PBFT_PACKET = 0;

  private final List<NodeRuntime> honest = new ArrayList<>();
  private CryptoSuite suite;
  private KeyPair user;
  private int nonce;

  @Test
  void aByzantineSealerNeitherStopsNorForksTheOthers(@TempDir Path dir) throws Exception {
    Path out =
        TestChains.build(dir.resolve("nodes"), "127.0.0.1:4", TestChains.randomBasePort(), false);
    suite = CryptoSuite.of(false);
    user = suite.generateKeyPair();
    ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
    NodeNetwork faultyNetwork = null;
    try {
      for (int i = 0; i < 3; i++) {
        honest.add(NodeRuntime.start(out.resolve("127.0.0.1/node" + i + "/config.ini")));
      }
      LoadedConfig faultyConfig = NodeConfigLoader.load(out.resolve("127.0.0.1/node3/config.ini"));
      KeyPair faultyKey =
          KeyPem.readKeyPair(
              Files.readString(
                  faultyConfig.certificateDir().resolve("node.key"), StandardCharsets.US_ASCII));
      faultyNetwork = NodeNetwork.start(faultyConfig);
      FaultyBehaviour faulty = new FaultyBehaviour(faultyNetwork, faultyKey, new Random(7));
      faults.scheduleWithFixedDelay(faulty::strike, 200, 50, TimeUnit.MILLISECONDS);

      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < 10; i++) {
          group1(honest.get(i % 3)).submitFromClient(tx());
        }
        int expected = (round + 1) * 10;
        await(
            () ->
                honest.stream()
                    .allMatch(n -> group1(n).ledger().totalTransactionCount() >= expected));
      }

      assertThat(faulty.strikes).as("the faulty node did attack").isGreaterThan(20);
      // the counts are refreshed in the background, at most every 100 ms
      await(
          () ->
              honest.stream()
                  .map(n -> group1(n).pbftDroppedMessages())
                  .allMatch(
                      dropped ->
                          dropped.containsKey(DropReason.MALFORMED)
                              && dropped.containsKey(DropReason.BAD_SIGNATURE)));
      assertSameChainWithQuorums();
    } finally {
      faults.shutdownNow();
      if (faultyNetwork != null) {
        faultyNetwork.close();
      }
      for (NodeRuntime n : honest) {
        n.close();
      }
    }
  }

  /** What the faulty sealer sends to each honest peer, every 50 ms. */
  private final class FaultyBehaviour {
    private final NodeNetwork network;
    private final SuiteCrypto crypto;
    private final Random random;
    private final int protocolId = ModuleId.protocolId(1, ModuleId.PBFT);
    volatile int strikes;

    FaultyBehaviour(NodeNetwork network, KeyPair key, Random random) {
      this.network = network;
      this.crypto = new SuiteCrypto(suite, key);
      this.random = random;
    }

    void strike() {
      try {
        List<String> sealers = group1(honest.get(0)).ledger().sealers();
        int self = sealers.indexOf(crypto.nodeId().hex());
        PbftStatus status = group1(honest.get(0)).pbftStatus().orElseThrow();
        long height = status.head() + 1;
        long view = status.view();
        for (NodeRuntime peer : honest) {
          org.jbcos.network.NodeId to = org.jbcos.network.NodeId.of(peer.nodeKey().publicKey());
          byte[] block = new byte[64 + random.nextInt(200)];
          random.nextBytes(block);
          byte[] randomHash = crypto.hash(block);
          send(to, garbage());
          send(to, signed(PacketType.PREPARE, height, view, self, crypto.hash(block), block));
          send(to, signed(PacketType.SIGN, height, view, self, randomHash, new byte[0]));
          send(to, signed(PacketType.COMMIT, height, view, self, randomHash, new byte[0]));
          int receiver = sealers.indexOf(peer.nodeKey().publicKeyHex());
          int other = otherThan(self, receiver, sealers.size());
          send(to, signed(PacketType.SIGN, height, view, other, randomHash, block));
          send(
              to,
              signed(
                  PacketType.VIEW_CHANGE,
                  height - 1,
                  view + 10 + random.nextInt(1_000_000),
                  self,
                  randomHash,
                  new byte[0]));
        }
        strikes++;
      } catch (RuntimeException e) {
        // a peer went away between the status read and the send: try again next tick
      }
    }

    /** A sealer index that is neither the sender's nor the receiver's: an impersonation. */
    private int otherThan(int self, int receiver, int n) {
      int i = random.nextInt(n);
      while (i == self || i == receiver) {
        i = (i + 1) % n;
      }
      return i;
    }

    private void send(org.jbcos.network.NodeId to, byte[] payload) {
      network.p2p().send(to, protocolId, PBFT_PACKET, payload);
    }

    private byte[] signed(
        PacketType type, long height, long view, int idx, byte[] hash, byte[] block) {
      return PbftMessageCodec.encode(
          PbftMessage.signed(
              type, height, view, idx, System.currentTimeMillis(), hash, block, crypto));
    }

    private byte[] garbage() {
      byte[] g = new byte[1 + random.nextInt(300)];
      random.nextBytes(g);
      return g;
    }
  }

  private void assertSameChainWithQuorums() {
    long height =
        honest.stream().mapToLong(n -> group1(n).ledger().blockNumber()).min().orElseThrow();
    List<NodeId> sealers =
        group1(honest.get(0)).ledger().sealers().stream().map(NodeId::fromHex).toList();
    for (long number = 1; number <= height; number++) {
      Block expected = group1(honest.get(0)).ledger().blockByNumber(number).orElseThrow();
      assertThat(
              SignatureListVerifier.verify(
                  expected.header(), expected.signatures(), sealers, suite))
          .as("block %d carries a quorum of sealer signatures", number)
          .isTrue();
      for (NodeRuntime n : honest) {
        assertThat(
                Arrays.equals(
                    group1(n).ledger().blockHash(number).orElseThrow(),
                    expected.header().hash(suite)))
            .as("block %d is the same on every honest node", number)
            .isTrue();
      }
    }
  }

  private Transaction tx() {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce++))
        .blockLimit(500)
        .to(new byte[20])
        .data(new byte[] {(byte) nonce})
        .sign(suite, user);
  }
}
