package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.node.InProcessChains.assertSameChain;
import static org.jbcos.tools.node.InProcessChains.await;
import static org.jbcos.tools.node.InProcessChains.group1;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.SignatureListVerifier;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.node.runtime.GroupRuntime;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four PBFT sealers and one observer from genesis ({@code build-chain --observers 1}), in-process
 * over real TLS: the observer follows the chain block for block, forwards its clients' transactions
 * to the sealers, and never counts towards a quorum (with two sealers down and the observer up,
 * nothing commits).
 */
@Timeout(180)
class ObserverNodeTest {
  private final List<NodeRuntime> nodes = new ArrayList<>();
  private CryptoSuite suite;
  private KeyPair user;
  private int nonce;

  @Test
  void anObserverFromGenesisFollowsTheChainAndNeverVotes(@TempDir Path dir) throws Exception {
    Path out =
        TestChains.build(
            dir.resolve("nodes"),
            "127.0.0.1:5",
            TestChains.randomBasePort(),
            false,
            "--observers",
            "1");
    assertThat(Files.readString(out.resolve("127.0.0.1/node0/conf/group.1.genesis")))
        .contains("observer.0=");
    suite = CryptoSuite.of(false);
    user = suite.generateKeyPair();
    try {
      for (int i = 0; i < 5; i++) {
        nodes.add(NodeRuntime.start(out.resolve("127.0.0.1/node" + i + "/config.ini")));
      }
      NodeRuntime observer = nodes.get(4);
      String observerId = observer.nodeKey().publicKeyHex();
      for (NodeRuntime n : nodes) {
        assertThat(group1(n).ledger().observers()).containsExactly(observerId);
        assertThat(group1(n).ledger().sealers()).hasSize(4).doesNotContain(observerId);
      }

      // clients of the observer: their transactions reach the sealers and come back in blocks
      for (int i = 0; i < 20; i++) {
        assertThat(group1(observer).submitFromClient(tx()).status()).isEqualTo(ReceiptStatus.NONE);
      }
      await(() -> nodes.stream().allMatch(n -> group1(n).ledger().totalTransactionCount() >= 20));
      assertThat(group1(observer).ledger().blockNumber()).isPositive();
      assertSameChain(nodes);
      assertQuorumOfSealersSignedEveryBlock(group1(observer));

      // the observer does not make up for missing sealers: two of four down, no progress
      nodes.get(2).close();
      nodes.get(3).close();
      long height = group1(observer).ledger().blockNumber();
      group1(nodes.get(0)).submitFromClient(tx());
      group1(observer).submitFromClient(tx());
      Thread.sleep(5_000);
      for (NodeRuntime n : List.of(nodes.get(0), nodes.get(1), observer)) {
        assertThat(group1(n).ledger().blockNumber())
            .as("nothing commits without a quorum of sealers")
            .isEqualTo(height);
      }
    } finally {
      for (NodeRuntime n : nodes) {
        n.close();
      }
    }
  }

  private void assertQuorumOfSealersSignedEveryBlock(GroupRuntime group) {
    List<NodeId> sealers = group.ledger().sealers().stream().map(NodeId::fromHex).toList();
    for (long number = 1; number <= group.ledger().blockNumber(); number++) {
      Block block = group.ledger().blockByNumber(number).orElseThrow();
      assertThat(block.signatures())
          .as("signatures of block %d come from sealers only", number)
          .allSatisfy(s -> assertThat(s.index()).isLessThan(BigInteger.valueOf(sealers.size())));
      assertThat(SignatureListVerifier.verify(block.header(), block.signatures(), sealers, suite))
          .as("block %d carries a quorum of sealer signatures", number)
          .isTrue();
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
