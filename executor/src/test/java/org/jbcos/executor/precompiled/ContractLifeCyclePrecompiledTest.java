package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.RevertReason;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1007: freezing contracts and managing their managers. */
class ContractLifeCyclePrecompiledTest {
  static final String FREEZE = "freeze(address) returns (int256)";
  static final String UNFREEZE = "unfreeze(address) returns (int256)";
  static final String GRANT = "grantManager(address,address) returns (int256)";
  static final String REVOKE = "revokeManager(address,address) returns (int256)";
  static final String STATUS = "getStatus(address) returns (int256,string)";
  static final String LIST = "listManager(address) returns (int256,address[])";

  private static int send(SystemContractChain chain, KeyPair from, String sig, Object... args) {
    return SystemContractChain.code(
        chain
            .blockFrom(
                from,
                PrecompiledAddresses.CONTRACT_LIFE_CYCLE,
                chain.function(sig).encodeCall(args))
            .get(0));
  }

  private static List<Object> query(SystemContractChain chain, String sig, Object... args) {
    AbiFunction f = chain.function(sig);
    return f.decodeOutput(
        chain.call(PrecompiledAddresses.CONTRACT_LIFE_CYCLE, f.encodeCall(args)).output());
  }

  static org.jbcos.codec.abi.Address abi(Address a) {
    return new org.jbcos.codec.abi.Address(a.toBytes());
  }

  @SuppressWarnings("unchecked")
  private static List<Address> managers(SystemContractChain chain, Address contract) {
    List<Object> out = query(chain, LIST, abi(contract));
    assertThat(out.get(0)).isEqualTo(BigInteger.ZERO);
    return ((List<org.jbcos.codec.abi.Address>) out.get(1))
        .stream().map(a -> Address.wrap(a.bytes())).toList();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void aFrozenContractRefusesCallsUntilUnfrozen(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    KeyPair owner = chain.defaultKey();
    KeyPair stranger = chain.account(7);
    Address contract = chain.deploy(TestContracts.STORE);

    assertThat(send(chain, stranger, FREEZE, abi(contract)))
        .isEqualTo(ReturnCodes.CONTRACT_NO_AUTHORIZED);
    assertThat(send(chain, owner, FREEZE, abi(contract))).isEqualTo(1);
    assertThat(query(chain, STATUS, abi(contract)))
        .containsExactly(
            BigInteger.ZERO,
            "The contract has been frozen. You can invoke this contract after unfreezing it.");
    assertThat(send(chain, owner, FREEZE, abi(contract))).isEqualTo(ReturnCodes.CONTRACT_FROZEN);

    TransactionReceipt refused = chain.block(contract, TestContracts.storeCall(1)).get(0);
    assertThat(refused.status()).isEqualTo(ReceiptStatus.CONTRACT_FROZEN.code());
    // refused before running: only the intrinsic gas is used, as in 2.9
    assertThat(refused.gasUsed()).isLessThan(BigInteger.valueOf(100_000));
    assertThat(RevertReason.decode(refused.output(), chain.suite.hashFunction()))
        .contains("Frozen contract:" + contract.toHex().substring(2));
    assertThat(chain.rows("c_" + contract.toHex().substring(2), "0")).isEmpty();

    assertThat(send(chain, owner, UNFREEZE, abi(contract))).isEqualTo(1);
    assertThat(send(chain, owner, UNFREEZE, abi(contract)))
        .isEqualTo(ReturnCodes.CONTRACT_AVAILABLE);
    assertThat(query(chain, STATUS, abi(contract)))
        .containsExactly(BigInteger.ZERO, "The contract is available.");
    assertThat(chain.block(contract, TestContracts.storeCall(1)).get(0).status())
        .isEqualTo(ReceiptStatus.NONE.code());
  }

  @Test
  void managersAreGrantedAndRevokedButNeverTheLastOne() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair owner = chain.defaultKey();
    KeyPair helper = chain.account(7);
    Address contract = chain.deploy(TestContracts.STORE);
    assertThat(managers(chain, contract)).containsExactly(chain.address(owner));

    assertThat(send(chain, helper, GRANT, abi(contract), abi(chain.address(helper))))
        .isEqualTo(ReturnCodes.CONTRACT_NO_AUTHORIZED);
    assertThat(send(chain, owner, GRANT, abi(contract), abi(chain.address(helper)))).isEqualTo(1);
    assertThat(send(chain, owner, GRANT, abi(contract), abi(chain.address(helper))))
        .isEqualTo(ReturnCodes.CONTRACT_REPEAT_AUTHORIZATION);
    assertThat(managers(chain, contract))
        .containsExactly(chain.address(owner), chain.address(helper));
    assertThat(send(chain, helper, FREEZE, abi(contract))).isEqualTo(1);

    assertThat(send(chain, helper, REVOKE, abi(contract), abi(chain.address(owner)))).isEqualTo(1);
    assertThat(send(chain, helper, REVOKE, abi(contract), abi(chain.address(owner))))
        .isEqualTo(ReturnCodes.REVOKE_LAST_AUTHORIZATION);
    assertThat(managers(chain, contract)).containsExactly(chain.address(helper));
    assertThat(send(chain, owner, UNFREEZE, abi(contract)))
        .isEqualTo(ReturnCodes.CONTRACT_NO_AUTHORIZED);
  }

  @Test
  void revokingSomeoneWhoIsNotAManagerIsRefused() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair owner = chain.defaultKey();
    Address contract = chain.deploy(TestContracts.STORE);
    send(chain, owner, GRANT, abi(contract), abi(chain.address(chain.account(7))));
    assertThat(send(chain, owner, REVOKE, abi(contract), abi(chain.address(chain.account(8)))))
        .isEqualTo(ReturnCodes.NON_EXIST_AUTHORIZATION);
  }

  @Test
  void refusesAddressesWithoutAContract() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair owner = chain.defaultKey();
    Address nobody = Address.ofLong(0xdead);
    Address externalAccount = chain.address(owner);
    chain.deploy(TestContracts.STORE); // gives the owner an account table

    assertThat(send(chain, owner, FREEZE, abi(nobody)))
        .isEqualTo(ReturnCodes.CONTRACT_TABLE_NOT_EXIST);
    assertThat(send(chain, owner, FREEZE, abi(externalAccount)))
        .isEqualTo(ReturnCodes.INVALID_CONTRACT_ADDRESS);
    assertThat(query(chain, STATUS, abi(nobody)))
        .containsExactly(BigInteger.ZERO, "The address is nonexistent.");
    assertThat(query(chain, STATUS, abi(externalAccount)))
        .containsExactly(BigInteger.ZERO, "This is not a contract address.");
    assertThat(query(chain, LIST, abi(nobody)))
        .containsExactly(BigInteger.valueOf(ReturnCodes.CONTRACT_TABLE_NOT_EXIST), List.of());
  }

  @Test
  void aContractCreatedByAContractInheritsItsCreatorsManagers() {
    SystemContractChain chain = new SystemContractChain(false);
    KeyPair owner = chain.defaultKey();
    KeyPair caller = chain.account(7);
    Address factory = chain.deploy(TestContracts.FACTORY);

    TransactionReceipt created = chain.blockFrom(caller, factory, new byte[0]).get(0);
    assertThat(created.status()).isEqualTo(ReceiptStatus.NONE.code());
    Address child = Address.fromWord(org.jbcos.evm.Word.fromBytes(created.output()));

    assertThat(managers(chain, child)).containsExactly(chain.address(caller), chain.address(owner));
  }
}
