package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.node.runtime.GroupRuntime;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.tools.Main;
import org.jbcos.txpool.Admission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A one-node chain made by {@code jbcos build-chain}, started from its generated config.ini:
 * genesis, admission, sealing and a restart that keeps the data.
 */
class SingleNodeChainTest {
  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void buildsStartsSealsAndRestarts(boolean sm, @TempDir Path dir) throws Exception {
    Path out = dir.resolve("nodes");
    StringWriter err = new StringWriter();
    String[] args =
        sm
            ? new String[] {"build-chain", "-l", "127.0.0.1:1", "-o", out.toString(), "-g"}
            : new String[] {"build-chain", "-l", "127.0.0.1:1", "-o", out.toString()};
    int code = Main.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    assertThat(code).as(err.toString()).isZero();
    Path configIni = out.resolve("127.0.0.1/node0/config.ini");

    CryptoSuite suite = CryptoSuite.of(sm);
    KeyPair user = suite.generateKeyPair();
    Transaction tx =
        Transaction.builder()
            .nonce(BigInteger.valueOf(42))
            .blockLimit(100)
            .to(new byte[20])
            .sign(suite, user);
    try (NodeRuntime node = NodeRuntime.start(configIni)) {
      GroupRuntime group = node.groups().get(1);
      assertThat(group.ledger().blockNumber()).isZero();
      assertThat(group.ledger().sealers()).containsExactly(node.nodeKey().publicKeyHex());
      Admission admission = group.pool().submit(tx);
      assertThat(admission.status()).isEqualTo(ReceiptStatus.NONE);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (group.ledger().blockNumber() < 1 && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      assertThat(group.ledger().blockNumber()).isEqualTo(1);
      assertThat(group.ledger().receipt(tx.hash(suite)).orElseThrow().status())
          .isEqualTo(ReceiptStatus.NONE.code());
    }
    try (NodeRuntime again = NodeRuntime.start(configIni)) {
      GroupRuntime group = again.groups().get(1);
      assertThat(group.ledger().blockNumber()).isEqualTo(1);
      Block block = group.ledger().blockByNumber(1).orElseThrow();
      assertThat(block.transactions()).hasSize(1);
      // the same transaction is now refused as already in the chain (nonce used)
      assertThat(group.pool().submit(tx).status()).isEqualTo(ReceiptStatus.NONCE_CHECK_FAIL);
    }
  }

  @Test
  void aRaftGenesisIsAClearStartError(@TempDir Path dir) throws Exception {
    Path out =
        TestChains.build(dir.resolve("nodes"), "127.0.0.1:1", TestChains.randomBasePort(), false);
    Path genesis = out.resolve("127.0.0.1/node0/conf/group.1.genesis");
    Files.writeString(
        genesis, Files.readString(genesis).replace("consensus_type=pbft", "consensus_type=raft"));

    assertThatThrownBy(() -> NodeRuntime.start(out.resolve("127.0.0.1/node0/config.ini")).close())
        .hasMessage(
            "conf/group.1.genesis [consensus] consensus_type: raft is not supported by JBCOS yet;"
                + " use pbft (a single sealer seals alone)");
  }
}
