package org.jbcos.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.executor.precompiled.PrecompiledAddresses;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * System config and membership written by the system contracts, read back by the ledger for the
 * next block: rows whose enable_num is still ahead are not in force.
 */
class LedgerMembershipAndConfigTest {
  @Test
  void genesisObserversAreInForceFromBlockZeroAndInTheMark() {
    CryptoSuite suite = CryptoSuite.of(false);
    GenesisConfig plain = LedgerTest.genesis(suite);
    String observer = suite.generateKeyPair().publicKeyHex();
    GenesisConfig genesis =
        new GenesisConfig(
            plain.groupId(),
            plain.timestamp(),
            plain.sealers(),
            plain.consensusType(),
            plain.txCountLimit(),
            plain.txGasLimit(),
            plain.consensusTimeout(),
            List.of(observer));

    Ledger ledger = Ledger.open(new InMemoryTableStorage(), suite, genesis);

    assertThat(ledger.observers()).containsExactly(observer);
    assertThat(ledger.sealers()).containsExactlyInAnyOrderElementsOf(plain.sealers());
    assertThat(genesis.mark()).contains(";" + observer).isNotEqualTo(plain.mark());
    assertThat(plain.mark()).doesNotContain(";");
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void aValueSetInABlockIsInForceOnceTheBlockIsCommitted(boolean sm) {
    CryptoSuite suite = CryptoSuite.of(sm);
    InMemoryTableStorage storage = new InMemoryTableStorage();
    Ledger ledger = Ledger.open(storage, suite, LedgerTest.genesis(suite));
    KeyPair admin = suite.generateKeyPair();
    String observer = suite.generateKeyPair().publicKeyHex();
    AbiFunction set =
        AbiFunction.parse("setValueByKey(string,string) returns (int256)", suite.hashFunction());
    AbiFunction addObserver =
        AbiFunction.parse("addObserver(string) returns (int256)", suite.hashFunction());

    Block block =
        LedgerTest.produce(
            ledger,
            storage,
            suite,
            List.of(
                tx(
                    suite,
                    admin,
                    1,
                    PrecompiledAddresses.SYSTEM_CONFIG.toBytes(),
                    set.encodeCall("tx_count_limit", "2000")),
                tx(
                    suite,
                    admin,
                    2,
                    PrecompiledAddresses.CONSENSUS.toBytes(),
                    addObserver.encodeCall(observer))));

    assertThat(block.receipts()).allSatisfy(r -> assertThat(r.output()).hasSize(32));
    assertThat(ledger.systemConfig(SystemConfigKeys.TX_COUNT_LIMIT)).contains("2000");
    assertThat(ledger.observers()).containsExactly(observer);
    assertThat(ledger.sealers()).hasSize(2).doesNotContain(observer);
  }

  @Test
  void rowsEnabledLaterAreNotInForceYet() {
    CryptoSuite suite = CryptoSuite.of(false);
    InMemoryTableStorage storage = new InMemoryTableStorage();
    Ledger ledger = Ledger.open(storage, suite, LedgerTest.genesis(suite));
    String later = suite.generateKeyPair().publicKeyHex();
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), 1);
    tables
        .openTable(SystemTables.CONFIG)
        .orElseThrow()
        .insert("tx_gas_limit_later", Entry.of("value", "1", "enable_num", "5"));
    tables
        .openTable(SystemTables.CONSENSUS)
        .orElseThrow()
        .insert("node", Entry.of("type", "sealer", "node_id", later, "enable_num", "5"));
    tables.commit();

    assertThat(ledger.blockNumber()).isEqualTo(1);
    assertThat(ledger.systemConfig("tx_gas_limit_later")).isEmpty();
    assertThat(ledger.sealers()).hasSize(2).doesNotContain(later);
    assertThat(ledger.systemConfig(SystemConfigKeys.TX_COUNT_LIMIT)).contains("1000");
  }

  private static Transaction tx(CryptoSuite suite, KeyPair key, int nonce, byte[] to, byte[] data) {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce))
        .gas(BigInteger.valueOf(3_000_000))
        .blockLimit(100)
        .to(to)
        .data(data)
        .sign(suite, key);
  }
}
