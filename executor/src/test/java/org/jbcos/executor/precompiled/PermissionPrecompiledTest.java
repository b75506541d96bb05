package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1005 reached by transactions, and the whitelists it writes enforced on later writes. */
class PermissionPrecompiledTest {
  static final String INSERT = "insert(string,string) returns (int256)";
  static final String REMOVE = "remove(string,string) returns (int256)";
  static final String QUERY_BY_NAME = "queryByName(string) returns (string)";
  static final String GRANT_WRITE = "grantWrite(address,address) returns (int256)";
  static final String REVOKE_WRITE = "revokeWrite(address,address) returns (int256)";
  static final String QUERY_PERMISSION = "queryPermission(address) returns (string)";
  static final String SET_VALUE = "setValueByKey(string,string) returns (int256)";
  static final String ADD_OBSERVER = "addObserver(string) returns (int256)";

  private static TransactionReceipt call(
      SystemContractChain chain, KeyPair from, String signature, Object... args) {
    return chain
        .blockFrom(
            from, PrecompiledAddresses.PERMISSION, chain.function(signature).encodeCall(args))
        .get(0);
  }

  private static String query(SystemContractChain chain, String signature, Object... args) {
    AbiFunction f = chain.function(signature);
    byte[] out = chain.call(PrecompiledAddresses.PERMISSION, f.encodeCall(args)).output();
    return (String) f.decodeOutput(out).get(0);
  }

  private static org.jbcos.codec.abi.Address abi(Address a) {
    return new org.jbcos.codec.abi.Address(a.toBytes());
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void insertsQueriesAndRemovesUserTablePermissions(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    KeyPair admin = chain.defaultKey();
    String user = chain.address(chain.account(7)).toHex();

    TransactionReceipt inserted = call(chain, admin, INSERT, "t_test", user.toUpperCase());
    assertThat(inserted.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(SystemContractChain.code(inserted)).isEqualTo(1);
    long enableNum = chain.blockNumber() + 1;
    assertThat(query(chain, QUERY_BY_NAME, "t_test"))
        .isEqualTo(
            "[{\"address\":\""
                + user.toLowerCase()
                + "\",\"enable_num\":\""
                + enableNum
                + "\",\"table_name\":\"u_t_test\"}]\n");

    assertThat(SystemContractChain.code(call(chain, admin, INSERT, "t_test", user)))
        .isEqualTo(ReturnCodes.TABLE_AND_ADDRESS_EXIST);
    assertThat(SystemContractChain.code(call(chain, admin, REMOVE, "t_test", user))).isEqualTo(1);
    assertThat(query(chain, QUERY_BY_NAME, "t_test")).isEqualTo("[]\n");
    assertThat(SystemContractChain.code(call(chain, admin, REMOVE, "t_test", user)))
        .isEqualTo(ReturnCodes.TABLE_AND_ADDRESS_NOT_EXIST);
  }

  @Test
  void refusesBadInputAndTheAccessTableItselfWithoutWriting() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair admin = chain.defaultKey();
    String user = chain.address(chain.account(7)).toHex();

    assertThat(SystemContractChain.code(call(chain, admin, INSERT, "t", "0x1234")))
        .isEqualTo(ReturnCodes.INVALID_ADDRESS);
    assertThat(SystemContractChain.code(call(chain, admin, INSERT, "t".repeat(63), user)))
        .isEqualTo(ReturnCodes.TABLE_NAME_OVERFLOW);
    assertThat(
            SystemContractChain.code(call(chain, admin, INSERT, SystemTables.TABLE_ACCESS, user)))
        .isEqualTo(ReturnCodes.COMMITTEE_PERMISSION);
    assertThat(
            SystemContractChain.code(call(chain, admin, REMOVE, SystemTables.TABLE_ACCESS, user)))
        .isEqualTo(ReturnCodes.COMMITTEE_PERMISSION);
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, "u_t")).isEmpty();
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, "u_" + "t".repeat(63))).isEmpty();
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, SystemTables.TABLE_ACCESS)).isEmpty();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void aConfigWhitelistRefusesOtherOriginsFromTheNextBlock(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    KeyPair admin = chain.defaultKey();
    KeyPair other = chain.account(7);
    AbiFunction set = chain.function(SET_VALUE);
    call(chain, admin, INSERT, SystemTables.CONFIG, chain.address(admin).toHex());

    TransactionReceipt denied =
        chain
            .blockFrom(
                other, PrecompiledAddresses.SYSTEM_CONFIG, set.encodeCall("tx_count_limit", "2000"))
            .get(0);
    assertThat(SystemContractChain.code(denied)).isEqualTo(ReturnCodes.NO_AUTHORIZED);
    assertThat(chain.rows(SystemTables.CONFIG, "tx_count_limit"))
        .extracting(e -> e.getOrEmpty("value"))
        .containsExactly("1000");

    TransactionReceipt allowed =
        chain
            .blockFrom(
                admin, PrecompiledAddresses.SYSTEM_CONFIG, set.encodeCall("tx_count_limit", "2000"))
            .get(0);
    assertThat(SystemContractChain.code(allowed)).isEqualTo(1);
  }

  @Test
  void aWhitelistGrantedInABlockIsNotInForceInThatBlock() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair admin = chain.defaultKey();
    List<TransactionReceipt> r =
        chain.blockFrom(
            admin,
            PrecompiledAddresses.PERMISSION,
            chain.function(INSERT).encodeCall(SystemTables.CONFIG, chain.address(admin).toHex()),
            chain
                .function(INSERT)
                .encodeCall(SystemTables.CONFIG, chain.address(chain.account(7)).toHex()));
    assertThat(r).extracting(SystemContractChain::code).containsExactly(1, 1);
  }

  @Test
  void aConsensusWhitelistRefusesOtherOrigins() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair admin = chain.defaultKey();
    call(chain, admin, INSERT, SystemTables.CONSENSUS, chain.address(admin).toHex());
    String node = chain.suite.generateKeyPair().publicKeyHex();
    List<Entry> before = chain.rows(SystemTables.CONSENSUS, "node");

    TransactionReceipt denied =
        chain
            .blockFrom(
                chain.account(7),
                PrecompiledAddresses.CONSENSUS,
                chain.function(ADD_OBSERVER).encodeCall(node))
            .get(0);
    assertThat(SystemContractChain.code(denied)).isEqualTo(ReturnCodes.NO_AUTHORIZED);
    assertThat(chain.rows(SystemTables.CONSENSUS, "node")).isEqualTo(before);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void aDeployWhitelistRefusesOtherDeployersWithPermissionDenied(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    KeyPair admin = chain.defaultKey();
    call(chain, admin, INSERT, SystemTables.TABLES, chain.address(admin).toHex());

    TransactionReceipt denied = chain.deployFrom(chain.account(7), TestContracts.STORE);
    assertThat(denied.status()).isEqualTo(ReceiptStatus.PERMISSION_DENIED.code());
    assertThat(denied.contractAddress()).isEqualTo(new byte[20]);

    TransactionReceipt allowed = chain.deployFrom(admin, TestContracts.STORE);
    assertThat(allowed.status()).isEqualTo(ReceiptStatus.NONE.code());
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void onlyTheDeployerGrantsContractWritesAndTheGrantIsEnforced(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    KeyPair deployer = chain.defaultKey();
    KeyPair writer = chain.account(7);
    KeyPair stranger = chain.account(8);
    Address contract = chain.deploy(TestContracts.STORE);
    String contractTable = "c_" + contract.toHex().substring(2);
    var writerAddress = abi(chain.address(writer));

    assertThat(
            SystemContractChain.code(
                call(chain, stranger, GRANT_WRITE, abi(contract), writerAddress)))
        .isEqualTo(ReturnCodes.NO_AUTHORIZED);
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, contractTable)).isEmpty();
    assertThat(
            SystemContractChain.code(
                call(chain, deployer, GRANT_WRITE, abi(contract), writerAddress)))
        .isEqualTo(1);
    assertThat(
            SystemContractChain.code(
                call(chain, deployer, GRANT_WRITE, abi(contract), writerAddress)))
        .isEqualTo(ReturnCodes.TABLE_AND_ADDRESS_EXIST);
    assertThat(query(chain, QUERY_PERMISSION, abi(contract)))
        .contains("\"address\":\"" + chain.address(writer).toHex() + "\"")
        .contains("\"table_name\":\"" + contractTable + "\"");

    TransactionReceipt denied =
        chain.blockFrom(stranger, contract, TestContracts.storeCall(5)).get(0);
    assertThat(denied.status()).isEqualTo(ReceiptStatus.PERMISSION_DENIED.code());
    assertThat(chain.rows(contractTable, "0")).isEmpty();
    TransactionReceipt written =
        chain.blockFrom(writer, contract, TestContracts.storeCall(5)).get(0);
    assertThat(written.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(chain.rows(contractTable, "0"))
        .extracting(e -> e.getOrEmpty("value"))
        .containsExactly("5");

    assertThat(
            SystemContractChain.code(
                call(chain, stranger, REVOKE_WRITE, abi(contract), writerAddress)))
        .isEqualTo(ReturnCodes.NO_AUTHORIZED);
    assertThat(
            SystemContractChain.code(
                call(chain, deployer, REVOKE_WRITE, abi(contract), writerAddress)))
        .isEqualTo(1);
    assertThat(
            SystemContractChain.code(
                call(chain, deployer, REVOKE_WRITE, abi(contract), writerAddress)))
        .isEqualTo(ReturnCodes.TABLE_AND_ADDRESS_NOT_EXIST);
    assertThat(chain.blockFrom(stranger, contract, TestContracts.storeCall(6)).get(0).status())
        .isEqualTo(ReceiptStatus.NONE.code());
  }

  @Test
  void aRefusedWriteInsideANestedCallFailsOnlyThatCall() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair owner = chain.defaultKey();
    Address store = chain.deploy(TestContracts.STORE);
    call(chain, owner, GRANT_WRITE, abi(store), abi(chain.address(owner)));
    Address caller = chain.deploy(TestContracts.caller(store));
    String callerTable = "c_" + caller.toHex().substring(2);

    TransactionReceipt refused = chain.blockFrom(chain.account(7), caller, new byte[0]).get(0);
    assertThat(refused.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(chain.rows(callerTable, "1")).isEmpty();

    TransactionReceipt allowed = chain.blockFrom(owner, caller, new byte[0]).get(0);
    assertThat(allowed.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(chain.rows(callerTable, "1"))
        .extracting(e -> e.getOrEmpty("value"))
        .containsExactly("1");
  }

  @Test
  void grantWriteNeedsAnExistingAccount() {
    SystemContractChain chain = new SystemContractChain(false);
    assertThat(
            SystemContractChain.code(
                call(
                    chain,
                    chain.defaultKey(),
                    GRANT_WRITE,
                    abi(Address.ofLong(0xdead)),
                    abi(chain.address(chain.account(7))))))
        .isEqualTo(ReturnCodes.CONTRACT_NOT_EXIST);
  }
}
