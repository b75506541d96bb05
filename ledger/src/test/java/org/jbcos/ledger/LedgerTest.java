package org.jbcos.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.executor.ExecutedBlock;
import org.jbcos.executor.ExecutionContext;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.MerkleTree;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.TableStorage;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Genesis, executed blocks committed over RocksDB, lookups and proofs, and a reopen. */
class LedgerTest {
  static GenesisConfig genesis(CryptoSuite suite) {
    return new GenesisConfig(
        1,
        1_700_000_000_000L,
        List.of(suite.generateKeyPair().publicKeyHex(), suite.generateKeyPair().publicKeyHex()),
        "pbft",
        1000,
        300_000_000,
        3);
  }

  /** Executes {@code txs} as the next block, builds its header and commits it. */
  static Block produce(
      Ledger ledger, TableStorage storage, CryptoSuite suite, List<Transaction> txs) {
    long number = ledger.blockNumber() + 1;
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), number);
    ExecutedBlock executed =
        new BlockExecutor(suite, GasSchedule.fisco())
            .execute(
                tables,
                new ExecutionContext(
                    suite, number, 1_700_000_000_000L + number, Address.ZERO, 300_000_000),
                txs);
    Block draft = new Block(placeholder(), txs, List.of(), executed.receipts());
    BlockHeader header =
        new BlockHeader(
            ledger.blockHash(number - 1).orElseThrow(),
            executed.stateRoot(),
            draft.computeTransactionsRoot(suite),
            draft.computeReceiptsRoot(suite),
            executed.stateRoot(),
            executed.bloom(),
            number,
            BigInteger.ZERO,
            executed.gasUsed(),
            1_700_000_000_000L + number,
            List.of(),
            BigInteger.ZERO,
            ledger.sealers().stream().map(org.jbcos.crypto.Hex::decode).toList());
    Block block = new Block(header, txs, List.of(), executed.receipts());
    ledger.commit(block, tables);
    return block;
  }

  private static BlockHeader placeholder() {
    return new BlockHeader(
        new byte[32],
        new byte[32],
        new byte[32],
        new byte[32],
        new byte[32],
        org.jbcos.protocol.LogBloom.empty(),
        0,
        BigInteger.ZERO,
        BigInteger.ZERO,
        0,
        List.of(),
        BigInteger.ZERO,
        List.of());
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void commitsBlocksAndFindsThemAgainAfterAReopen(boolean sm, @TempDir Path dir) {
    CryptoSuite suite = CryptoSuite.of(sm);
    GenesisConfig genesis = genesis(suite);
    KeyPair alice = suite.generateKeyPair();
    List<Transaction> txs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // plain calls to an empty account: cheap, and each one a distinct transaction
      txs.add(
          Transaction.builder()
              .nonce(BigInteger.valueOf(i))
              .blockLimit(100)
              .to(new byte[20])
              .data(new byte[] {(byte) i})
              .sign(suite, alice));
    }
    RocksDbConfig config = new RocksDbConfig(dir.resolve("db"), false);
    Block first;
    Block second;
    try (RocksDbTableStorage storage = RocksDbTableStorage.open(config)) {
      Ledger ledger = Ledger.open(storage, suite, genesis);
      assertThat(ledger.blockNumber()).isZero();
      Block zero = ledger.blockByNumber(0).orElseThrow();
      assertThat(zero.header().sealerList()).isEmpty();
      assertThat(ledger.sealers())
          .containsExactlyElementsOf(genesis.sealers().stream().sorted().toList());
      assertThat(ledger.systemConfig(SystemConfigKeys.TX_COUNT_LIMIT)).contains("1000");

      first = produce(ledger, storage, suite, txs.subList(0, 17));
      second = produce(ledger, storage, suite, txs.subList(17, 20));
      assertThat(ledger.blockNumber()).isEqualTo(2);

      // a block that does not extend the head is refused and changes nothing
      BlockTableFactory stale = new BlockTableFactory(storage, suite.hashFunction(), 3);
      assertThatThrownBy(() -> ledger.commit(second, stale))
          .hasMessageContaining("does not follow");
    }
    try (RocksDbTableStorage storage = RocksDbTableStorage.open(config)) {
      Ledger ledger = Ledger.open(storage, suite, genesis);
      assertThat(ledger.blockNumber()).isEqualTo(2);
      assertThat(ledger.blockByNumber(1).orElseThrow().encode(suite))
          .isEqualTo(first.encode(suite));
      assertThat(ledger.blockByHash(second.header().hash(suite)).orElseThrow().header())
          .isEqualTo(second.header());
      assertThat(ledger.totalTransactionCount()).isEqualTo(20);
      Transaction t16 = txs.get(16);
      assertThat(ledger.transactionLocation(t16.hash(suite))).contains(new TxLocation(1, 16));
      assertThat(ledger.transaction(t16.hash(suite)).orElseThrow().encode())
          .isEqualTo(t16.encode());
      assertThat(ledger.receipt(t16.hash(suite))).contains(first.receipts().get(16));
      List<MerkleTree.ProofLevel> proof = ledger.transactionProof(t16.hash(suite)).orElseThrow();
      assertThat(
              MerkleTree.verify(
                  proof,
                  16,
                  t16.hash(suite),
                  first.header().transactionsRoot(),
                  suite.hashFunction()))
          .isTrue();
      List<MerkleTree.ProofLevel> receiptProof = ledger.receiptProof(t16.hash(suite)).orElseThrow();
      assertThat(
              MerkleTree.verify(
                  receiptProof,
                  16,
                  first.receipts().get(16).hash(suite),
                  first.header().receiptsRoot(),
                  suite.hashFunction()))
          .isTrue();
      assertThat(ledger.transactionLocation(new byte[32])).isEmpty();
      assertThat(ledger.blockByNumber(3)).isEmpty();
    }
  }
}
