package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.api.Test;

/**
 * The gas of system-contract transactions, computed by hand from FISCO 2.9's rules: the receipt's
 * gasUsed is the intrinsic gas (21000 + 4 per zero byte + 68 per other byte of data) plus the sum
 * of the operations' prices plus the memory price of max(input, memory recorded, output).
 */
class SystemContractGasTest {
  private static final int WORD = 32;

  /** 3 per 32-byte word plus words² / 512. */
  static long memoryGas(long bytes) {
    long words = (bytes + 31) / 32;
    return 3 * words + words * words / 512;
  }

  static long intrinsic(byte[] data) {
    long gas = 21_000;
    for (byte b : data) {
      gas += b == 0 ? 4 : 68;
    }
    return gas;
  }

  /** What the system contract charged for the call {@code data} of {@code r}. */
  static long precompiledGas(TransactionReceipt r, byte[] data) {
    return r.gasUsed().longValueExact() - intrinsic(data);
  }

  private static final class Tables {
    final SystemContractChain chain;
    final AbiFunction createTable;
    final AbiFunction insert;
    final AbiFunction update;
    final AbiFunction remove;
    final AbiFunction select;

    Tables(GasMetrics metrics) {
      this(metrics, SystemContractChain.TX_GAS_LIMIT);
    }

    Tables(GasMetrics metrics, long txGasLimit) {
      chain = new SystemContractChain(false, metrics, txGasLimit);
      createTable = chain.function("createTable(string,string,string) returns (int256)");
      insert = chain.function("insert(string,string,string,string) returns (int256)");
      update = chain.function("update(string,string,string,string,string) returns (int256)");
      remove = chain.function("remove(string,string,string,string) returns (int256)");
      select = chain.function("select(string,string,string,string) returns (string)");
    }

    TransactionReceipt one(org.jbcos.evm.Address to, byte[] data) {
      TransactionReceipt r = chain.block(to, data).get(0);
      assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
      return r;
    }
  }

  @Test
  void createTableCostsCreateTableAndTheInputsMemory() {
    Tables t = new Tables(GasMetrics.STANDARD);
    byte[] data = t.createTable.encodeCall("t_gas", "name", "item,count");
    // selector + 3 heads + 3 strings of one word each (length, padded text)
    assertThat(data).hasSize(4 + 3 * WORD + 3 * 2 * WORD);
    TransactionReceipt r = t.one(PrecompiledAddresses.TABLE_FACTORY, data);
    assertThat(SystemContractChain.code(r)).isZero();
    // 292 bytes = 10 words: 30
    assertThat(precompiledGas(r, data)).isEqualTo(16_000 + 30);
  }

  @Test
  void crudInsertUpdateSelectAndRemoveArePricedPerRow() {
    Tables t = new Tables(GasMetrics.STANDARD);
    t.one(PrecompiledAddresses.TABLE_FACTORY, t.createTable.encodeCall("t_gas", "name", "item"));
    byte[] insert = t.insert.encodeCall("t_gas", "fruit", "{\"item\":\"apple\"}", "");
    TransactionReceipt inserted = t.one(PrecompiledAddresses.CRUD, insert);
    assertThat(SystemContractChain.code(inserted)).isEqualTo(1);
    // OpenTable + Insert; the entry (name=fruit, item=apple: 18 bytes) is smaller than the input
    assertThat(precompiledGas(inserted, insert)).isEqualTo(200 + 10_000 + memoryGas(insert.length));
    for (int i = 0; i < 9; i++) {
      t.one(PrecompiledAddresses.CRUD, insert);
    }

    String value = "x".repeat(100);
    byte[] update = t.update.encodeCall("t_gas", "fruit", "{\"item\":\"" + value + "\"}", "{}", "");
    TransactionReceipt updated = t.one(PrecompiledAddresses.CRUD, update);
    assertThat(SystemContractChain.code(updated)).isEqualTo(10);
    // OpenTable + 10 Updates; memory: the entry (4 + 100 bytes) times 10 rows = 1040 > input
    assertThat(update.length).isLessThan(1040);
    assertThat(precompiledGas(updated, update))
        .isEqualTo(200 + 10 * 10_000 + memoryGas(1040))
        .isEqualTo(200 + 100_000 + 33 * 3 + 33 * 33 / 512);

    byte[] select =
        t.select.encodeCall("t_gas", "fruit", "{\"item\":{\"ne\":\"y\",\"limit\":\"0,3\"}}", "");
    TransactionReceipt selected = t.one(PrecompiledAddresses.CRUD, select);
    // OpenTable + NE + Limit + 3 rows selected; memory: the larger of input and output
    long memory = Math.max(select.length, selected.output().length);
    assertThat(precompiledGas(selected, select))
        .isEqualTo(200 + 3 + 3 + 3 * 200 + memoryGas(memory));

    byte[] remove =
        t.remove.encodeCall("t_gas", "fruit", "{\"item\":{\"eq\":\"" + value + "\"}}", "");
    TransactionReceipt removed = t.one(PrecompiledAddresses.CRUD, remove);
    assertThat(SystemContractChain.code(removed)).isEqualTo(10);
    assertThat(precompiledGas(removed, remove))
        .isEqualTo(200 + 3 + 10 * 2_500 + memoryGas(remove.length));

    TransactionReceipt none = t.one(PrecompiledAddresses.CRUD, remove);
    assertThat(SystemContractChain.code(none)).isZero();
    assertThat(precompiledGas(none, remove)).isEqualTo(200 + 3 + memoryGas(remove.length));
  }

  @Test
  void cnsInsertPricesTheSelectOfTheNamesVersionsAndTheInsert() {
    Tables t = new Tables(GasMetrics.STANDARD);
    AbiFunction insert = t.chain.function("insert(string,string,string,string) returns (uint256)");
    String address = "0x" + "12".repeat(20);
    byte[] first = insert.encodeCall("Hello", "1.0", address, "[]");
    TransactionReceipt r1 = t.one(PrecompiledAddresses.CNS, first);
    assertThat(SystemContractChain.code(r1)).isEqualTo(1);
    // OpenTable + Select of 0 rows + Insert
    assertThat(precompiledGas(r1, first)).isEqualTo(200 + 10_000 + memoryGas(first.length));

    byte[] second = insert.encodeCall("Hello", "2.0", address, "[]");
    TransactionReceipt r2 = t.one(PrecompiledAddresses.CNS, second);
    // the name's one version is selected (200) before the insert
    assertThat(precompiledGas(r2, second)).isEqualTo(200 + 200 + 10_000 + memoryGas(second.length));

    TransactionReceipt again = t.one(PrecompiledAddresses.CNS, second);
    assertThat(SystemContractChain.code(again)).isEqualTo(ReturnCodes.CNS_NAME_AND_VERSION_EXIST);
    assertThat(precompiledGas(again, second)).isEqualTo(200 + 2 * 200 + memoryGas(second.length));
  }

  @Test
  void systemConfigCostsOnlyTheMemoryOfItsOutput() {
    Tables t = new Tables(GasMetrics.STANDARD);
    byte[] data =
        t.chain
            .function("setValueByKey(string,string) returns (int256)")
            .encodeCall("tx_count_limit", "2000");
    TransactionReceipt r = t.one(PrecompiledAddresses.SYSTEM_CONFIG, data);
    assertThat(SystemContractChain.code(r)).isEqualTo(1);
    // SystemConfig never counts its input: one word of output
    assertThat(precompiledGas(r, data)).isEqualTo(3);
  }

  @Test
  void freeStorageMetricsMakeCreateAndInsertCheap() {
    Tables t = new Tables(GasMetrics.FREE_STORAGE);
    byte[] create = t.createTable.encodeCall("t_gas", "name", "item,count");
    TransactionReceipt created = t.one(PrecompiledAddresses.TABLE_FACTORY, create);
    assertThat(precompiledGas(created, create)).isEqualTo(500 + 30);

    byte[] insert = t.insert.encodeCall("t_gas", "k", "{\"item\":\"a\"}", "");
    TransactionReceipt inserted = t.one(PrecompiledAddresses.CRUD, insert);
    assertThat(precompiledGas(inserted, insert)).isEqualTo(200 + 200 + memoryGas(insert.length));

    byte[] remove = t.remove.encodeCall("t_gas", "k", "{}", "");
    TransactionReceipt removed = t.one(PrecompiledAddresses.CRUD, remove);
    assertThat(precompiledGas(removed, remove)).isEqualTo(200 + 200 + memoryGas(remove.length));
  }

  @Test
  void belowVersion240SystemContractsCostNothing() {
    Tables t = new Tables(GasMetrics.NONE);
    byte[] create = t.createTable.encodeCall("t_gas", "name", "item,count");
    TransactionReceipt created = t.one(PrecompiledAddresses.TABLE_FACTORY, create);
    assertThat(precompiledGas(created, create)).isZero();
  }

  @Test
  void aCallCostingMoreThanItsGasFailsAndWritesNothing() {
    byte[] create = new Tables(GasMetrics.STANDARD).createTable.encodeCall("t_gas", "k", "v");
    // enough for the intrinsic gas and 10,000 more, not for CreateTable's 16,000
    Tables t = new Tables(GasMetrics.STANDARD, intrinsic(create) + 10_000);
    TransactionReceipt r = t.chain.block(PrecompiledAddresses.TABLE_FACTORY, create).get(0);
    assertThat(r.status()).isEqualTo(ReceiptStatus.PRECOMPILED_ERROR.code());
    assertThat(t.chain.rows(SystemTables.TABLES, "u_t_gas")).isEmpty();
    // as in 2.9, the failed call's gas is not used: only the intrinsic gas is
    assertThat(r.gasUsed()).isEqualTo(BigInteger.valueOf(intrinsic(create)));

    Tables enough = new Tables(GasMetrics.STANDARD, intrinsic(create) + 16_030);
    TransactionReceipt ok = enough.chain.block(PrecompiledAddresses.TABLE_FACTORY, create).get(0);
    assertThat(ok.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(enough.chain.rows(SystemTables.TABLES, "u_t_gas")).hasSize(1);
    assertThat(ok.gasUsed()).isEqualTo(BigInteger.valueOf(intrinsic(create) + 16_030));
  }

  @Test
  void eachTransactionOfABlockPaysForItsOwnCall() {
    Tables t = new Tables(GasMetrics.STANDARD);
    t.one(PrecompiledAddresses.TABLE_FACTORY, t.createTable.encodeCall("t_gas", "name", "item"));
    byte[] a = t.insert.encodeCall("t_gas", "a", "{\"item\":\"1\"}", "");
    byte[] b = t.insert.encodeCall("t_gas", "b", "{\"item\":\"2\"}", "");
    List<TransactionReceipt> rs = t.chain.block(PrecompiledAddresses.CRUD, a, b);
    assertThat(precompiledGas(rs.get(0), a)).isEqualTo(10_200 + memoryGas(a.length));
    assertThat(precompiledGas(rs.get(1), b)).isEqualTo(10_200 + memoryGas(b.length));
  }
}
