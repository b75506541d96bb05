package org.jbcos.executor.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.precompile.StandardPrecompiles;
import org.jbcos.executor.StorageWorldState;
import org.jbcos.executor.precompiled.ParallelFunctions;
import org.jbcos.executor.precompiled.PrecompiledAddresses;
import org.jbcos.executor.precompiled.SystemContracts;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.Test;

/** The conflict keys of transactions, as 2.9's getTxCriticals gives them. */
class ConflictKeysTest {
  private static final Address CONTRACT =
      Address.fromHex("00000000000000000000000000000000000c0de1");
  private static final String C = "00000000000000000000000000000000000c0de1";

  private final CryptoSuite suite = CryptoSuite.ecdsa();
  private final PrecompileRegistry registry =
      SystemContracts.register(StandardPrecompiles.fisco(), suite.hashFunction());
  private final ConflictKeys conflictKeys = new ConflictKeys(registry, suite.hashFunction());
  private final BlockTableFactory tables =
      new BlockTableFactory(new InMemoryTableStorage(), suite.hashFunction(), 1);

  private Optional<List<String>> call(Address to, byte[] data) {
    return conflictKeys.of(tables, Optional.of(to), BigInteger.ZERO, data);
  }

  private AbiFunction function(String signature) {
    return AbiFunction.parse(signature, suite.hashFunction());
  }

  private void register(String functionName, String criticalSize) {
    Table cp =
        tables
            .openTable(ParallelFunctions.tableName(CONTRACT))
            .orElseGet(
                () ->
                    tables.createTable(
                        ParallelFunctions.tableName(CONTRACT),
                        "parallel",
                        List.of("selector", "functionName", "criticalSize")));
    cp.insert(
        "parallel",
        Entry.of(
            "selector",
            ParallelFunctions.selectorOf(functionName, suite.hashFunction()),
            "functionName",
            functionName,
            "criticalSize",
            criticalSize));
  }

  private void deployContract() {
    new StorageWorldState(tables, suite.hashFunction()).ensureAccount(CONTRACT);
  }

  @Test
  void creationsAndValueTransfersRunAlone() {
    assertThat(conflictKeys.of(tables, Optional.empty(), BigInteger.ZERO, new byte[1])).isEmpty();
    deployContract();
    register("transfer(string,string,uint256)", "2");
    byte[] data = function("transfer(string,string,uint256)").encodeCall("a", "b", BigInteger.ONE);
    assertThat(conflictKeys.of(tables, Optional.of(CONTRACT), BigInteger.ONE, data)).isEmpty();
  }

  @Test
  void systemContractsThatAreNotParallelRunAlone() {
    byte[] set = function("setValueByKey(string,string)").encodeCall("tx_count_limit", "5");
    assertThat(call(PrecompiledAddresses.SYSTEM_CONFIG, set)).isEmpty();
    assertThat(call(Address.ofLong(1), new byte[128])).isEmpty();
  }

  @Test
  void dagTransferCallsConflictOnTheirUsers() {
    tables.createTable("u_dag_transfer", "user_name", List.of("user_balance"));
    byte[] transfer =
        function("userTransfer(string,string,uint256)").encodeCall("alice", "bob", BigInteger.TEN);
    String dag = "0000000000000000000000000000000000005002";
    assertThat(call(PrecompiledAddresses.DAG_TRANSFER, transfer))
        .contains(List.of("alice" + dag, "bob" + dag));
  }

  @Test
  void registeredSolidityFunctionsConflictOnTheirLeadingArguments() {
    deployContract();
    register("transfer(string,string,uint256)", "2");
    byte[] transfer =
        function("transfer(string,string,uint256)").encodeCall("alice", "bob", BigInteger.TEN);
    assertThat(call(CONTRACT, transfer)).contains(List.of("alice" + C, "bob" + C));
  }

  @Test
  void numbersAndAddressesAreDecodedAsTwoPointNineWritesThem() {
    deployContract();
    String signature = "mix(uint256,int256,address,string,bytes32)";
    register(signature, "4");
    byte[] data =
        function(signature)
            .encodeCall(
                BigInteger.valueOf(5),
                BigInteger.valueOf(-3),
                org.jbcos.codec.abi.Address.fromHex("0x00000000000000000000000000000000000000Ff"),
                "s",
                new byte[32]);
    assertThat(call(CONTRACT, data))
        .contains(
            List.of("5" + C, "-3" + C, "00000000000000000000000000000000000000ff" + C, "s" + C));
  }

  @Test
  void spacesInTheRegisteredNameAreTrimmedForDecodingButNotForTheSelector() {
    deployContract();
    register("set(string, uint256)", "1");
    byte[] set = function("set(string,uint256)").encodeCall("k", BigInteger.ONE);
    // the row's selector is the hash of the name with its space: no call matches it
    assertThat(call(CONTRACT, set)).isEmpty();
  }

  @Test
  void unsupportedCriticalTypesOrSizesMakeTheCallRunAlone() {
    deployContract();
    register("b(bytes32,string)", "1");
    register("tooMany(string)", "2");
    register("zero(string)", "0");
    register("later(string,bytes32)", "1");
    register("bad(string)", "x");
    assertThat(call(CONTRACT, function("b(bytes32,string)").encodeCall(new byte[32], "s")))
        .isEmpty();
    assertThat(call(CONTRACT, function("tooMany(string)").encodeCall("s"))).isEmpty();
    assertThat(call(CONTRACT, function("bad(string)").encodeCall("s"))).isEmpty();
    assertThat(call(CONTRACT, function("zero(string)").encodeCall("s"))).contains(List.of());
    assertThat(call(CONTRACT, function("later(string,bytes32)").encodeCall("s", new byte[32])))
        .contains(List.of("s" + C));
  }

  @Test
  void undecodableOrUnregisteredCallsRunAlone() {
    deployContract();
    register("transfer(string,string,uint256)", "2");
    byte[] transfer =
        function("transfer(string,string,uint256)").encodeCall("alice", "bob", BigInteger.TEN);
    assertThat(call(CONTRACT, Arrays.copyOf(transfer, 40))).isEmpty();
    assertThat(call(CONTRACT, Hex.decode("abcd"))).isEmpty();
    assertThat(call(CONTRACT, function("other(string)").encodeCall("x"))).isEmpty();
  }

  @Test
  void callsToAnAccountThatDoesNotExistYetRunAlone() {
    register("transfer(string,string,uint256)", "2");
    byte[] transfer =
        function("transfer(string,string,uint256)").encodeCall("alice", "bob", BigInteger.TEN);
    assertThat(call(CONTRACT, transfer)).isEmpty();
  }

  @Test
  void parameterTypesAreReadFromTheSignature() {
    assertThat(ConflictKeys.parameterTypes("f()")).contains(List.of());
    assertThat(ConflictKeys.parameterTypes("f( string , uint256 )"))
        .contains(List.of("string", "uint256"));
    assertThat(ConflictKeys.parameterTypes("f")).isEmpty();
    assertThat(ConflictKeys.parameterTypes("(string)")).isEmpty();
    assertThat(ConflictKeys.parameterTypes("f(string) returns")).isEmpty();
  }
}
