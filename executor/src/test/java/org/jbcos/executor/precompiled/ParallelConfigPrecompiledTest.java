package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1006 ParallelConfig: rows in {@code cp_<address>}, selectors under the chain's hash. */
class ParallelConfigPrecompiledTest {
  private static final Address CONTRACT =
      Address.fromHex("00000000000000000000000000000000000abcde");

  @ParameterizedTest(name = "sm={0}: register {1}, unregister {2}")
  @CsvSource({"false, 0553904e, 11e3f2af", "true, dc536a62, 714c65bd"})
  void selectorsAreThoseOfTheSdkInterface(boolean sm, String register, String unregister) {
    SystemContractChain chain = new SystemContractChain(sm);
    assertThat(Hex.encode(register(chain).selector())).isEqualTo(register);
    assertThat(Hex.encode(unregister(chain).selector())).isEqualTo(unregister);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void registersReplacesAndUnregisters(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    String table = "cp_00000000000000000000000000000000000abcde";
    String transfer = "transfer(string,string,uint256)";
    String selector = ParallelFunctions.selectorOf(transfer, chain.suite.hashFunction());
    byte[] digest = chain.suite.hashFunction().hash(transfer.getBytes());
    assertThat(selector)
        .isEqualTo(new BigInteger(1, java.util.Arrays.copyOf(digest, 4)).toString());

    assertThat(codes(chain, register(chain).encodeCall(abi(CONTRACT), transfer, BigInteger.TWO)))
        .containsExactly(0);
    List<Entry> rows = chain.rows(table, "parallel");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getOrEmpty("selector")).isEqualTo(selector);
    assertThat(rows.get(0).getOrEmpty("functionName")).isEqualTo(transfer);
    assertThat(rows.get(0).getOrEmpty("criticalSize")).isEqualTo("2");

    assertThat(
            codes(
                chain,
                register(chain).encodeCall(abi(CONTRACT), transfer, BigInteger.ONE),
                register(chain).encodeCall(abi(CONTRACT), "set(string,uint256)", BigInteger.ONE)))
        .containsExactly(0, 0);
    rows = chain.rows(table, "parallel");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getOrEmpty("criticalSize")).isEqualTo("1");

    assertThat(
            codes(
                chain,
                unregister(chain).encodeCall(abi(CONTRACT), transfer),
                unregister(chain).encodeCall(abi(CONTRACT), "never(registered)")))
        .containsExactly(0, 0);
    rows = chain.rows(table, "parallel");
    assertThat(rows)
        .extracting(r -> r.getOrEmpty("functionName"))
        .containsExactly("set(string,uint256)");
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void unregisteringCreatesTheTableAsTwoPointNineDoes(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    assertThat(codes(chain, unregister(chain).encodeCall(abi(CONTRACT), "f()"))).containsExactly(0);
    assertThat(chain.rows("cp_00000000000000000000000000000000000abcde", "parallel")).isEmpty();
    assertThat(chain.rows("_sys_tables_", "cp_00000000000000000000000000000000000abcde"))
        .hasSize(1);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void anUnknownSelectorReturnsUnknownFunction(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    assertThat(codes(chain, Hex.decode("0badf00d")))
        .containsExactly(ReturnCodes.UNKNOWN_FUNCTION_CALL);
  }

  private static List<Integer> codes(SystemContractChain chain, byte[]... calls) {
    List<TransactionReceipt> receipts = chain.block(PrecompiledAddresses.PARALLEL_CONFIG, calls);
    assertThat(receipts).allMatch(r -> r.status() == ReceiptStatus.NONE.code());
    return receipts.stream().map(SystemContractChain::code).toList();
  }

  private static AbiFunction register(SystemContractChain chain) {
    return chain.function(
        "registerParallelFunctionInternal(address,string,uint256) returns (int256)");
  }

  private static AbiFunction unregister(SystemContractChain chain) {
    return chain.function("unregisterParallelFunctionInternal(address,string) returns (int256)");
  }

  private static org.jbcos.codec.abi.Address abi(Address a) {
    return new org.jbcos.codec.abi.Address(a.toBytes());
  }
}
