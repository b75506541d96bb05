package org.jbcos.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.Signature;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.ledger.GenesisConfig;
import org.jbcos.ledger.Ledger;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.jbcos.txpool.ChainView;
import org.jbcos.txpool.TxPool;
import org.jbcos.txpool.TxPoolConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SoloSealerTest {
  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void sealsSignedBlocksOnlyWhenThereIsWork(boolean sm) {
    CryptoSuite suite = CryptoSuite.of(sm);
    KeyPair node = suite.generateKeyPair();
    InMemoryTableStorage storage = new InMemoryTableStorage();
    Ledger ledger =
        Ledger.open(
            storage,
            suite,
            new GenesisConfig(1, 0, List.of(node.publicKeyHex()), "pbft", 3, 300_000_000, 3));
    AtomicLong now = new AtomicLong(10_000);
    ChainView chain =
        new ChainView() {
          @Override
          public long blockNumber() {
            return ledger.blockNumber();
          }

          @Override
          public List<BigInteger> nonces(long number) {
            return ledger.blockByNumber(number).orElseThrow().transactions().stream()
                .map(Transaction::nonce)
                .toList();
          }
        };
    TxPool pool = new TxPool(TxPoolConfig.defaults(1), suite, chain, now::get);
    SoloSealer sealer =
        new SoloSealer(
            suite,
            node,
            new BlockAssembler(
                suite, storage, ledger, new BlockExecutor(suite, GasSchedule.fisco())),
            ledger,
            pool,
            500,
            now::get);
    List<Block> seen = new ArrayList<>();
    sealer.addListener(seen::add);
    sealer.addListener(pool::onBlockCommitted);
    KeyPair user = suite.generateKeyPair();

    assertThat(sealer.tick()).isEmpty(); // nothing to do: no empty blocks
    pool.submit(tx(suite, user, 1));
    assertThat(sealer.tick()).isEmpty(); // not yet: the interval has not passed
    now.addAndGet(500);
    Optional<Block> first = sealer.tick();
    assertThat(first).isPresent();
    assertThat(ledger.blockNumber()).isEqualTo(1);
    assertThat(seen).hasSize(1);
    assertThat(pool.size()).isZero();

    Block b = first.get();
    assertThat(b.header().parentHash()).isEqualTo(ledger.blockHash(0).orElseThrow());
    Signature sig = Signature.fromBytes(b.signatures().get(0).signature());
    assertThat(suite.signatureAlgorithm().recoverPublicKey(b.header().hash(suite), sig))
        .isEqualTo(node.publicKey());
    assertThat(b.header().transactionsRoot()).isEqualTo(b.computeTransactionsRoot(suite));

    // a full block (tx_count_limit = 3 here) seals at once, without waiting
    for (int i = 2; i <= 5; i++) {
      pool.submit(tx(suite, user, i));
    }
    Block full = sealer.tick().orElseThrow();
    assertThat(full.transactions()).hasSize(3);
    assertThat(pool.size()).isEqualTo(1);
    assertThat(ledger.blockNumber()).isEqualTo(2);
  }

  private static Transaction tx(CryptoSuite suite, KeyPair key, int nonce) {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce))
        .blockLimit(100)
        .to(new byte[20])
        .sign(suite, key);
  }
}
