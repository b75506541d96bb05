package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.node.InProcessChains.await;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.SignatureListVerifier;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.jbcos.node.runtime.GroupRuntime;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four sealers from {@code build-chain -l 127.0.0.1:4} in one JVM, each with its own TLS P2P
 * network on loopback: PBFT commits the same blocks on every node, each signed by a quorum.
 */
@Timeout(180)
class FourNodePbftChainTest {
  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void fourSealersAgreeOnSignedBlocks(boolean sm, @TempDir Path dir) throws Exception {
    Path out =
        TestChains.build(dir.resolve("nodes"), "127.0.0.1:4", TestChains.randomBasePort(), sm);

    List<NodeRuntime> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        nodes.add(NodeRuntime.start(out.resolve("127.0.0.1/node" + i + "/config.ini")));
      }
      CryptoSuite suite = CryptoSuite.of(sm);
      KeyPair user = suite.generateKeyPair();
      List<Transaction> txs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        txs.add(
            Transaction.builder()
                .nonce(BigInteger.valueOf(1000 + i))
                .blockLimit(500)
                .to(new byte[20])
                .sign(suite, user));
      }
      // every pool gets them, whoever leads proposes them (tx gossip is sync's job)
      for (NodeRuntime n : nodes) {
        for (Transaction tx : txs) {
          n.groups().get(1).pool().submit(tx);
        }
      }
      await(() -> nodes.stream().allMatch(n -> committed(n.groups().get(1)) >= txs.size()));

      GroupRuntime first = nodes.get(0).groups().get(1);
      long height = first.ledger().blockNumber();
      assertThat(height).isPositive();
      List<NodeId> sealers =
          first.ledger().sealers().stream().map(h -> new NodeId(Hex.decode(h))).toList();
      assertThat(sealers).hasSize(4);
      for (long number = 1; number <= height; number++) {
        Block block = first.ledger().blockByNumber(number).orElseThrow();
        assertThat(block.transactions()).isNotEmpty();
        assertThat(block.signatures()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(SignatureListVerifier.verify(block.header(), block.signatures(), sealers, suite))
            .isTrue();
        for (NodeRuntime n : nodes) {
          byte[] hash = n.groups().get(1).ledger().blockHash(number).orElseThrow();
          assertThat(Arrays.equals(hash, block.header().hash(suite)))
              .as("block %d is the same on every node", number)
              .isTrue();
        }
      }
    } finally {
      for (NodeRuntime n : nodes) {
        n.close();
      }
    }
  }

  private static long committed(GroupRuntime g) {
    return g.ledger().totalTransactionCount();
  }
}
