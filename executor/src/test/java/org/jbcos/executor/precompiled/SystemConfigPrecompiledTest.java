package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1000 reached by transactions: valid keys are written for the next block, others refused. */
class SystemConfigPrecompiledTest {
  private static final String SET = "setValueByKey(string,string) returns (int256)";

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void setsAValueEnabledFromTheNextBlock(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    AbiFunction set = chain.function(SET);

    TransactionReceipt r =
        chain
            .block(PrecompiledAddresses.SYSTEM_CONFIG, set.encodeCall("TX_Count_Limit", "2000"))
            .get(0);

    assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(r.output()).hasSize(32);
    assertThat(SystemContractChain.code(r)).isEqualTo(1);
    List<Entry> rows = chain.rows(SystemTables.CONFIG, "tx_count_limit");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getOrEmpty("value")).isEqualTo("2000");
    assertThat(rows.get(0).getOrEmpty("enable_num")).isEqualTo("2");

    // a key not set at genesis gets a new row
    chain.block(PrecompiledAddresses.SYSTEM_CONFIG, set.encodeCall("consensus_timeout", "10"));
    assertThat(chain.rows(SystemTables.CONFIG, "consensus_timeout").get(0).getOrEmpty("value"))
        .isEqualTo("10");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "tx_count_limit,0",
    "tx_count_limit,-5",
    "tx_count_limit,abc",
    "tx_count_limit,''",
    "tx_gas_limit,99999",
    "consensus_timeout,2",
    "consensus_timeout,4294967",
    "rpbft_epoch_sealer_num,0",
    "rpbft_epoch_block_num,1",
    "enable_charge_mgr,yes",
    "no_such_key,1"
  })
  void refusesInvalidEntriesAndChangesNothing(String key, String value) {
    SystemContractChain chain = new SystemContractChain(false);
    List<Entry> before = chain.rows(SystemTables.CONFIG, key);

    TransactionReceipt r =
        chain
            .block(PrecompiledAddresses.SYSTEM_CONFIG, chain.function(SET).encodeCall(key, value))
            .get(0);

    assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(SystemContractChain.code(r)).isEqualTo(ReturnCodes.INVALID_CONFIGURATION_VALUES);
    assertThat(chain.rows(SystemTables.CONFIG, key)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "tx_count_limit,1",
    "tx_gas_limit,100000",
    "consensus_timeout,3",
    "consensus_timeout,4294966",
    "rpbft_epoch_sealer_num,1",
    "rpbft_epoch_block_num,2",
    "enable_charge_mgr,on",
    "enable_charge_mgr,off"
  })
  void acceptsTheBoundaries(String key, String value) {
    assertThat(SystemConfigRules.isValid(key, value)).isTrue();
  }

  @Test
  void returnsTheNegativeCodeAsOneTwosComplementWord() {
    assertThat(Hex.encode(ReturnCodes.encode(ReturnCodes.INVALID_CONFIGURATION_VALUES)))
        .isEqualTo("f".repeat(60) + "379c"); // -51300 = 0x...ffff379c
    assertThat(Hex.encode(ReturnCodes.encode(1))).isEqualTo("0".repeat(63) + "1");
  }

  @Test
  void selectorsAreThoseOfTheChainsHash() {
    assertThat(Hex.encode(new SystemContractChain(false).function(SET).selector()))
        .isEqualTo("bd291aef");
    assertThat(Hex.encode(new SystemContractChain(true).function(SET).selector()))
        .isEqualTo("0749b518");
    SystemConfigPrecompiled ecdsa =
        new SystemConfigPrecompiled(
            org.jbcos.crypto.CryptoSuite.of(false).hashFunction(), GasMetrics.STANDARD);
    SystemConfigPrecompiled sm =
        new SystemConfigPrecompiled(
            org.jbcos.crypto.CryptoSuite.of(true).hashFunction(), GasMetrics.STANDARD);
    assertThat(Hex.encode(ecdsa.functions().get(0).abi().selector())).isEqualTo("bd291aef");
    assertThat(Hex.encode(sm.functions().get(0).abi().selector())).isEqualTo("0749b518");
  }

  @Test
  void aValidSetCountsInTheStateRootARefusedOneDoesNot() {
    SystemContractChain refused = new SystemContractChain(false);
    refused.block(
        PrecompiledAddresses.SYSTEM_CONFIG,
        refused.function(SET).encodeCall("tx_count_limit", "0"));
    SystemContractChain unknown = new SystemContractChain(false);
    unknown.block(PrecompiledAddresses.SYSTEM_CONFIG, new byte[] {1, 2, 3, 4});
    SystemContractChain valid = new SystemContractChain(false);
    valid.block(
        PrecompiledAddresses.SYSTEM_CONFIG,
        valid.function(SET).encodeCall("tx_count_limit", "2000"));

    // the same sender's nonce row is written in all three; only the valid set adds a config row
    assertThat(refused.lastStateRoot()).isEqualTo(unknown.lastStateRoot());
    assertThat(valid.lastStateRoot()).isNotEqualTo(refused.lastStateRoot());
  }

  @Test
  void anUnknownSelectorReturnsUnknownFunction() {
    SystemContractChain chain = new SystemContractChain(false);
    TransactionReceipt r =
        chain.block(PrecompiledAddresses.SYSTEM_CONFIG, new byte[] {1, 2, 3, 4}).get(0);
    assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(SystemContractChain.code(r)).isEqualTo(ReturnCodes.UNKNOWN_FUNCTION_CALL);
  }

  @Test
  void theCallRpcRunsItButKeepsNothing() {
    SystemContractChain chain = new SystemContractChain(false);
    var result =
        chain.call(
            PrecompiledAddresses.SYSTEM_CONFIG,
            chain.function(SET).encodeCall("tx_count_limit", "7"));
    assertThat(result.halt().isSuccess()).isTrue();
    assertThat(new java.math.BigInteger(result.output()).intValue()).isEqualTo(1);
    assertThat(chain.rows(SystemTables.CONFIG, "tx_count_limit").get(0).getOrEmpty("value"))
        .isEqualTo("1000");
  }
}
