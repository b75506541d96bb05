package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contracts using FISCO's Table.sol and KVTable (TableTest.sol, compiled by solc 0.4.25 for ECDSA
 * or SM) run by {@link org.jbcos.executor.BlockExecutor}: table objects at temporary addresses,
 * from 0x10001 again in every transaction.
 */
class TableFromSolidityTest {
  private static final BigInteger ONE = BigInteger.ONE;

  private static byte[] compile(boolean sm, String contract) {
    try (InputStream in =
        TableFromSolidityTest.class.getResourceAsStream("/contracts/TableTest.sol")) {
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              sm,
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      assertThat(r.isFailed()).as(r.getErrors()).isFalse();
      return Hex.decode(CompilationResult.parse(r.getOutput()).getContract(contract).bin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> outputs(AbiFunction f, TransactionReceipt r) {
    assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
    return f.decodeOutput(r.output());
  }

  private static org.jbcos.codec.abi.Address abi(long address) {
    return new org.jbcos.codec.abi.Address(Address.ofLong(address).toBytes());
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void createsInsertsSelectsUpdatesAndRemoves(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    Address contract = chain.deploy(compile(sm, "TableTest"));
    AbiFunction create = chain.function("create() returns (int256)");
    AbiFunction insert = chain.function("insert(string,int256,string) returns (int256)");
    AbiFunction select =
        chain.function("select(string,int256,int256) returns (int256,int256,string)");
    AbiFunction update = chain.function("update(string,int256,string) returns (int256)");
    AbiFunction remove = chain.function("remove(string,int256) returns (int256)");

    List<TransactionReceipt> created =
        chain.block(contract, create.encodeCall(), create.encodeCall());
    assertThat(outputs(create, created.get(0))).containsExactly(BigInteger.ZERO);
    assertThat(outputs(create, created.get(1)))
        .containsExactly(BigInteger.valueOf(ErrorCode.TABLE_NAME_ALREADY_EXISTS.code()));

    List<TransactionReceipt> inserted =
        chain.block(
            contract,
            insert.encodeCall("fruit", ONE, "apple"),
            insert.encodeCall("fruit", BigInteger.TWO, "pear"));
    assertThat(outputs(insert, inserted.get(0))).containsExactly(ONE);
    assertThat(outputs(insert, inserted.get(1))).containsExactly(ONE);
    assertThat(chain.rows("u_t_test", "fruit"))
        .extracting(
            e ->
                e.getOrEmpty("name")
                    + "/"
                    + e.getOrEmpty("item_id")
                    + "/"
                    + e.getOrEmpty("item_name"))
        .containsExactly("fruit/1/apple", "fruit/2/pear");

    byte[] all =
        chain.call(contract, select.encodeCall("fruit", BigInteger.ZERO, BigInteger.TEN)).output();
    assertThat(select.decodeOutput(all)).containsExactly(BigInteger.TWO, ONE, "apple");
    byte[] fromTwo = chain.call(contract, select.encodeCall("fruit", BigInteger.TWO, ONE)).output();
    assertThat(select.decodeOutput(fromTwo)).containsExactly(ONE, BigInteger.TWO, "pear");

    List<TransactionReceipt> changed =
        chain.block(
            contract,
            update.encodeCall("fruit", BigInteger.TWO, "orange"),
            remove.encodeCall("fruit", ONE),
            remove.encodeCall("fruit", ONE));
    assertThat(outputs(update, changed.get(0))).containsExactly(ONE);
    assertThat(outputs(remove, changed.get(1))).containsExactly(ONE);
    assertThat(outputs(remove, changed.get(2))).containsExactly(BigInteger.ZERO);
    assertThat(chain.rows("u_t_test", "fruit"))
        .extracting(e -> e.getOrEmpty("item_id") + "/" + e.getOrEmpty("item_name"))
        .containsExactly("2/orange");
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void objectAddressesStartAt0x10001InEveryTransaction(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    Address contract = chain.deploy(compile(sm, "TableTest"));
    chain.block(contract, chain.function("create()").encodeCall());
    AbiFunction twoTables = chain.function("twoTables() returns (address,address)");

    List<TransactionReceipt> r =
        chain.block(contract, twoTables.encodeCall(), twoTables.encodeCall());

    for (TransactionReceipt receipt : r) {
      assertThat(outputs(twoTables, receipt)).containsExactly(abi(0x10001), abi(0x10002));
    }
    AbiFunction missing = chain.function("missingTable() returns (address)");
    assertThat(missing.decodeOutput(chain.call(contract, missing.encodeCall()).output()))
        .containsExactly(org.jbcos.codec.abi.Address.ZERO);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void entriesKeepTextAndGiveBackNumbersAddressesAndBytes(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    Address contract = chain.deploy(compile(sm, "TableTest"));
    chain.block(contract, chain.function("create()").encodeCall());
    AbiFunction values =
        chain.function(
            "entryValues(address,uint256,int256,string) returns (address,uint256,int256,string,bytes32)");
    org.jbcos.codec.abi.Address a = org.jbcos.codec.abi.Address.fromHex("ab".repeat(20));
    BigInteger big = BigInteger.TWO.pow(255);

    List<Object> out =
        values.decodeOutput(
            chain
                .call(contract, values.encodeCall(a, big, BigInteger.valueOf(-7), "hello"))
                .output());

    byte[] bytes32 = Arrays.copyOf("hello".getBytes(StandardCharsets.UTF_8), 32);
    assertThat(out.subList(0, 4)).containsExactly(a, big, BigInteger.valueOf(-7), "hello");
    assertThat((byte[]) out.get(4)).isEqualTo(bytes32);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void anUnknownFieldRevertsTheCallerAndWritesNothing(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    Address contract = chain.deploy(compile(sm, "TableTest"));
    chain.block(contract, chain.function("create()").encodeCall());

    TransactionReceipt r =
        chain
            .block(contract, chain.function("insertUnknownField(string)").encodeCall("fruit"))
            .get(0);

    assertThat(r.status()).isNotEqualTo(ReceiptStatus.NONE.code());
    assertThat(chain.rows("u_t_test", "fruit")).isEmpty();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void callsThatCannotCompleteRevertTheCaller(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    Address contract = chain.deploy(compile(sm, "TableTest"));
    chain.block(contract, chain.function("create()").encodeCall());
    AbiFunction misuse = chain.function("misuse(int256) returns (int256)");

    List<TransactionReceipt> r =
        chain.block(
            contract,
            misuse.encodeCall(BigInteger.ZERO),
            misuse.encodeCall(BigInteger.ONE),
            misuse.encodeCall(BigInteger.TWO),
            misuse.encodeCall(BigInteger.valueOf(3)),
            misuse.encodeCall(BigInteger.valueOf(4)));

    // not a number, not an address, no entry 0, a Condition as an Entry, a negative limit
    assertThat(r).extracting(TransactionReceipt::status).doesNotContain(ReceiptStatus.NONE.code());
    assertThat(chain.rows("u_t_test", "fruit")).isEmpty();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void kvTablesSetAndGetOneRowPerKey(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    Address contract = chain.deploy(compile(sm, "KVTableTest"));
    AbiFunction create = chain.function("create() returns (int256)");
    AbiFunction set = chain.function("set(string,int256,string) returns (int256)");
    AbiFunction get = chain.function("get(string) returns (bool,int256,string)");

    List<TransactionReceipt> created =
        chain.block(contract, create.encodeCall(), create.encodeCall());
    assertThat(outputs(create, created.get(0))).containsExactly(BigInteger.ZERO);
    assertThat(outputs(create, created.get(1)))
        .containsExactly(BigInteger.valueOf(ErrorCode.TABLE_NAME_ALREADY_EXISTS.code()));
    assertThat(get.decodeOutput(chain.call(contract, get.encodeCall("k1")).output()))
        .containsExactly(false, BigInteger.ZERO, "");

    List<TransactionReceipt> written =
        chain.block(
            contract,
            set.encodeCall("k1", BigInteger.valueOf(5), "apple"),
            set.encodeCall("k1", BigInteger.valueOf(6), "pear"));
    assertThat(outputs(set, written.get(0))).containsExactly(ONE);
    assertThat(outputs(set, written.get(1))).containsExactly(ONE);

    List<Entry> rows = chain.rows("u_t_kv", "k1");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getOrEmpty("item_price")).isEqualTo("6");
    assertThat(get.decodeOutput(chain.call(contract, get.encodeCall("k1")).output()))
        .containsExactly(true, BigInteger.valueOf(6), "pear");

    AbiFunction openMissing = chain.function("openMissing() returns (address)");
    assertThat(chain.call(contract, openMissing.encodeCall()).halt().isSuccess()).isFalse();
  }
}
