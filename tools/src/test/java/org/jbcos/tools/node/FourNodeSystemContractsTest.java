package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.node.InProcessChains.assertSameChain;
import static org.jbcos.tools.node.InProcessChains.await;
import static org.jbcos.tools.node.InProcessChains.group1;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.executor.precompiled.PrecompiledAddresses;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four PBFT sealers execute system-contract transactions alike: the same blocks everywhere, the new
 * config value and the new observer on every node, and after a sealer is removed the other three go
 * on sealing.
 */
@Timeout(180)
class FourNodeSystemContractsTest {
  private final List<NodeRuntime> nodes = new ArrayList<>();
  private CryptoSuite suite;
  private KeyPair user;
  private int nonce = 5000;

  @Test
  void everySealerAppliesConfigAndMembershipChanges(@TempDir Path dir) throws Exception {
    Path out =
        TestChains.build(dir.resolve("nodes"), "127.0.0.1:4", TestChains.randomBasePort(), false);
    suite = CryptoSuite.of(false);
    user = suite.generateKeyPair();
    try {
      for (int i = 0; i < 4; i++) {
        nodes.add(NodeRuntime.start(out.resolve("127.0.0.1/node" + i + "/config.ini")));
      }
      String observer = suite.generateKeyPair().publicKeyHex();
      AbiFunction set =
          AbiFunction.parse("setValueByKey(string,string) returns (int256)", suite.hashFunction());
      AbiFunction addObserver =
          AbiFunction.parse("addObserver(string) returns (int256)", suite.hashFunction());
      AbiFunction remove =
          AbiFunction.parse("remove(string) returns (int256)", suite.hashFunction());

      submitToAll(
          tx(PrecompiledAddresses.SYSTEM_CONFIG.toBytes(), set.encodeCall("tx_count_limit", "500")),
          tx(PrecompiledAddresses.CONSENSUS.toBytes(), addObserver.encodeCall(observer)));
      await(() -> nodes.stream().allMatch(n -> group1(n).ledger().totalTransactionCount() >= 2));
      for (NodeRuntime n : nodes) {
        assertThat(group1(n).ledger().systemConfig("tx_count_limit")).contains("500");
        assertThat(group1(n).ledger().observers()).containsExactly(observer);
        assertThat(group1(n).ledger().sealers()).hasSize(4);
      }
      assertSameChain(nodes);

      String leaving = group1(nodes.get(3)).ledger().sealers().get(3);
      submitToAll(tx(PrecompiledAddresses.CONSENSUS.toBytes(), remove.encodeCall(leaving)));
      await(() -> nodes.stream().allMatch(n -> group1(n).ledger().totalTransactionCount() >= 3));
      for (NodeRuntime n : nodes) {
        assertThat(group1(n).ledger().sealers()).hasSize(3).doesNotContain(leaving);
      }

      // the three remaining sealers keep committing blocks
      submitToAll(tx(new byte[20], new byte[0]));
      await(
          () ->
              nodes.subList(0, 3).stream()
                  .allMatch(n -> group1(n).ledger().totalTransactionCount() >= 4));
      assertSameChain(nodes.subList(0, 3));
    } finally {
      for (NodeRuntime n : nodes) {
        n.close();
      }
    }
  }

  private Transaction tx(byte[] to, byte[] data) {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce++))
        .blockLimit(500)
        .to(to)
        .data(data)
        .sign(suite, user);
  }

  private void submitToAll(Transaction... txs) {
    for (NodeRuntime n : nodes) {
      for (Transaction tx : txs) {
        group1(n).pool().submit(tx);
      }
    }
  }
}
