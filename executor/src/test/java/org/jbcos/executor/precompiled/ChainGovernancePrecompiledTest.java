package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1008: committee voting, operators and frozen accounts. */
class ChainGovernancePrecompiledTest {
  static final String GRANT_MEMBER = "grantCommitteeMember(address) returns (int256)";
  static final String REVOKE_MEMBER = "revokeCommitteeMember(address) returns (int256)";
  static final String LIST_MEMBERS = "listCommitteeMembers() returns (string)";
  static final String WEIGHT = "queryCommitteeMemberWeight(address) returns (bool,int256)";
  static final String UPDATE_WEIGHT =
      "updateCommitteeMemberWeight(address,int256) returns (int256)";
  static final String VOTES_OF_MEMBER = "queryVotesOfMember(address) returns (string)";
  static final String VOTES_OF_THRESHOLD = "queryVotesOfThreshold() returns (string)";
  static final String UPDATE_THRESHOLD = "updateThreshold(int256) returns (int256)";
  static final String THRESHOLD = "queryThreshold() returns (int256)";
  static final String GRANT_OPERATOR = "grantOperator(address) returns (int256)";
  static final String REVOKE_OPERATOR = "revokeOperator(address) returns (int256)";
  static final String LIST_OPERATORS = "listOperators() returns (string)";
  static final String FREEZE = "freezeAccount(address) returns (int256)";
  static final String UNFREEZE = "unfreezeAccount(address) returns (int256)";
  static final String ACCOUNT_STATUS = "getAccountStatus(address) returns (string)";

  private final SystemContractChain chain = new SystemContractChain(false);
  private final KeyPair first = chain.defaultKey();
  private final KeyPair second = chain.account(2);
  private final KeyPair third = chain.account(3);
  private final KeyPair outsider = chain.account(9);

  private static TransactionReceipt receipt(
      SystemContractChain chain, KeyPair from, String sig, Object... args) {
    return chain
        .blockFrom(
            from, PrecompiledAddresses.CHAIN_GOVERNANCE, chain.function(sig).encodeCall(args))
        .get(0);
  }

  private int send(KeyPair from, String sig, Object... args) {
    return SystemContractChain.code(receipt(chain, from, sig, args));
  }

  private List<Object> query(String sig, Object... args) {
    AbiFunction f = chain.function(sig);
    return f.decodeOutput(
        chain.call(PrecompiledAddresses.CHAIN_GOVERNANCE, f.encodeCall(args)).output());
  }

  private org.jbcos.codec.abi.Address abi(KeyPair key) {
    return ContractLifeCyclePrecompiledTest.abi(chain.address(key));
  }

  private String hex(KeyPair key) {
    return chain.address(key).toHex();
  }

  /** Gives {@code key} an account table (a transaction of its own). */
  private void touch(KeyPair key) {
    chain.blockFrom(key, Address.ofLong(0xbeef), new byte[0]);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void theFirstMemberNeedsNoVoteAndThenControlsTheSystemConfig(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    KeyPair member = chain.defaultKey();
    KeyPair other = chain.account(9);
    TransactionReceipt granted =
        receipt(
            chain,
            other,
            GRANT_MEMBER,
            ContractLifeCyclePrecompiledTest.abi(chain.address(member)));
    assertThat(SystemContractChain.code(granted)).isEqualTo(1);
    long enableNum = chain.blockNumber() + 1;
    AbiFunction list = chain.function(LIST_MEMBERS);
    assertThat(
            list.decodeOutput(
                    chain.call(PrecompiledAddresses.CHAIN_GOVERNANCE, list.encodeCall()).output())
                .get(0))
        .isEqualTo(
            "[{\"address\":\""
                + chain.address(member).toHex()
                + "\",\"enable_num\":\""
                + enableNum
                + "\"}]\n");
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, SystemTables.CONFIG)).hasSize(1);
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, SystemTables.CONSENSUS)).hasSize(1);

    AbiFunction set = chain.function(PermissionPrecompiledTest.SET_VALUE);
    TransactionReceipt denied =
        chain
            .blockFrom(
                other, PrecompiledAddresses.SYSTEM_CONFIG, set.encodeCall("tx_count_limit", "5"))
            .get(0);
    assertThat(SystemContractChain.code(denied)).isEqualTo(ReturnCodes.NO_AUTHORIZED);
    TransactionReceipt allowed =
        chain
            .blockFrom(
                member, PrecompiledAddresses.SYSTEM_CONFIG, set.encodeCall("tx_count_limit", "5"))
            .get(0);
    assertThat(SystemContractChain.code(allowed)).isEqualTo(1);
  }

  @Test
  void aMemberIsGrantedOnceVotesPassTheThreshold() {
    assertThat(send(first, GRANT_MEMBER, abi(first))).isEqualTo(1);
    // one member of weight 1: its own vote is 100% > 50%
    assertThat(send(first, GRANT_MEMBER, abi(second))).isEqualTo(1);
    assertThat(send(first, GRANT_MEMBER, abi(second)))
        .isEqualTo(ReturnCodes.COMMITTEE_MEMBER_EXIST);

    // two members: one vote is 50%, not above the threshold
    assertThat(send(first, GRANT_MEMBER, abi(third))).isZero();
    long limit = chain.blockNumber() + Committee.VOTE_VALID_BLOCKS;
    assertThat(query(VOTES_OF_MEMBER, abi(third)).get(0))
        .isEqualTo(
            "{\"grant\":[{\"block_limit\":\"" + limit + "\",\"voter\":\"" + hex(first) + "\"}]}\n");
    assertThat(send(outsider, GRANT_MEMBER, abi(third)))
        .isEqualTo(ReturnCodes.INVALID_REQUEST_PERMISSION_DENIED);
    assertThat(send(second, GRANT_MEMBER, abi(third))).isEqualTo(1);
    assertThat(query(VOTES_OF_MEMBER, abi(third)).get(0)).isEqualTo("null\n");
    assertThat(query(LIST_MEMBERS).get(0).toString()).contains(hex(first), hex(second), hex(third));

    // revoking needs more than half again
    assertThat(send(first, REVOKE_MEMBER, abi(third))).isZero();
    assertThat(send(second, REVOKE_MEMBER, abi(third))).isEqualTo(1);
    assertThat(query(LIST_MEMBERS).get(0).toString()).doesNotContain(hex(third));
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, SystemTables.CONFIG))
        .extracting(e -> e.getOrEmpty("address"))
        .containsExactlyInAnyOrder(hex(first), hex(second));
    assertThat(send(first, REVOKE_MEMBER, abi(third)))
        .isEqualTo(ReturnCodes.COMMITTEE_MEMBER_NOT_EXIST);
  }

  /** A vote cast in block n counts in blocks n to n + 9,999. */
  @Test
  void votesExpireAfterTenThousandBlocks() {
    send(first, GRANT_MEMBER, abi(first));
    send(first, GRANT_MEMBER, abi(second));
    assertThat(send(first, GRANT_MEMBER, abi(third))).isZero();
    long voted = chain.blockNumber();
    byte[] grantThird = chain.function(GRANT_MEMBER).encodeCall(abi(third));

    TransactionReceipt inTime =
        chain.executeAt(
            voted + Committee.VOTE_VALID_BLOCKS - 1,
            second,
            PrecompiledAddresses.CHAIN_GOVERNANCE,
            grantThird);
    assertThat(SystemContractChain.code(inTime)).isEqualTo(1);
    TransactionReceipt late =
        chain.executeAt(
            voted + Committee.VOTE_VALID_BLOCKS,
            second,
            PrecompiledAddresses.CHAIN_GOVERNANCE,
            grantThird);
    assertThat(SystemContractChain.code(late)).isZero();
  }

  @Test
  void weightsAndThresholdChangeByVote() {
    send(first, GRANT_MEMBER, abi(first));
    send(first, GRANT_MEMBER, abi(second));
    assertThat(query(THRESHOLD)).containsExactly(BigInteger.valueOf(50));
    assertThat(send(first, UPDATE_THRESHOLD, BigInteger.valueOf(100)))
        .isEqualTo(ReturnCodes.INVALID_THRESHOLD);
    assertThat(send(first, UPDATE_THRESHOLD, BigInteger.valueOf(50)))
        .isEqualTo(ReturnCodes.CURRENT_VALUE_IS_EXPECTED_VALUE);
    assertThat(send(first, UPDATE_WEIGHT, abi(first), BigInteger.ONE))
        .isEqualTo(ReturnCodes.CURRENT_VALUE_IS_EXPECTED_VALUE);
    assertThat(receipt(chain, first, UPDATE_WEIGHT, abi(first), BigInteger.ZERO).status())
        .isEqualTo(ReceiptStatus.PRECOMPILED_ERROR.code());

    assertThat(send(first, UPDATE_WEIGHT, abi(first), BigInteger.valueOf(3))).isZero();
    assertThat(send(second, UPDATE_WEIGHT, abi(first), BigInteger.valueOf(3))).isEqualTo(1);
    assertThat(query(WEIGHT, abi(first))).containsExactly(true, BigInteger.valueOf(3));
    assertThat(query(WEIGHT, abi(third)))
        .containsExactly(false, BigInteger.valueOf(ReturnCodes.COMMITTEE_MEMBER_NOT_EXIST));

    // weight 3 of 4 is 75%: the first member alone now passes changes
    assertThat(send(first, UPDATE_THRESHOLD, BigInteger.valueOf(80))).isEqualTo(1);
    assertThat(query(THRESHOLD)).containsExactly(BigInteger.valueOf(80));
    assertThat(query(VOTES_OF_THRESHOLD)).containsExactly("null\n");
    // 75% is no longer above the threshold
    assertThat(send(first, GRANT_MEMBER, abi(third))).isZero();
    assertThat(send(second, UPDATE_THRESHOLD, BigInteger.valueOf(90))).isZero();
    assertThat(query(VOTES_OF_THRESHOLD).get(0).toString()).startsWith("{\"0.900000\":[{");
  }

  @Test
  void operatorsDeployAndAreNeverMembers() {
    send(first, GRANT_MEMBER, abi(first));
    KeyPair operator = second;
    assertThat(send(outsider, GRANT_OPERATOR, abi(operator)))
        .isEqualTo(ReturnCodes.INVALID_REQUEST_PERMISSION_DENIED);
    assertThat(send(first, GRANT_OPERATOR, abi(first)))
        .isEqualTo(ReturnCodes.COMMITTEE_MEMBER_CANNOT_BE_OPERATOR);
    assertThat(send(first, GRANT_OPERATOR, abi(operator))).isEqualTo(1);
    assertThat(send(first, GRANT_OPERATOR, abi(operator))).isEqualTo(ReturnCodes.OPERATOR_EXIST);
    assertThat(query(LIST_OPERATORS).get(0).toString()).contains(hex(operator));
    assertThat(send(first, GRANT_MEMBER, abi(operator)))
        .isEqualTo(ReturnCodes.OPERATOR_CANNOT_BE_COMMITTEE_MEMBER);

    assertThat(chain.deployFrom(outsider, TestContracts.STORE).status())
        .isEqualTo(ReceiptStatus.PERMISSION_DENIED.code());
    assertThat(chain.deployFrom(operator, TestContracts.STORE).status())
        .isEqualTo(ReceiptStatus.NONE.code());

    assertThat(send(first, REVOKE_OPERATOR, abi(operator))).isEqualTo(1);
    assertThat(send(first, REVOKE_OPERATOR, abi(operator)))
        .isEqualTo(ReturnCodes.OPERATOR_NOT_EXIST);
    assertThat(query(LIST_OPERATORS)).containsExactly("[]\n");
  }

  @Test
  void theCommitteeOwnsThePermissionTable() {
    send(first, GRANT_MEMBER, abi(first));
    String user = chain.address(outsider).toHex();
    AbiFunction insert = chain.function(PermissionPrecompiledTest.INSERT);
    AbiFunction remove = chain.function(PermissionPrecompiledTest.REMOVE);

    List<TransactionReceipt> r =
        chain.blockFrom(
            outsider, PrecompiledAddresses.PERMISSION, insert.encodeCall("t_test", user));
    assertThat(SystemContractChain.code(r.get(0))).isEqualTo(ReturnCodes.NO_AUTHORIZED);
    assertThat(chain.rows(SystemTables.TABLE_ACCESS, "u_t_test")).isEmpty();

    r =
        chain.blockFrom(
            first,
            PrecompiledAddresses.PERMISSION,
            insert.encodeCall("t_test", user),
            insert.encodeCall(SystemTables.TABLES, hex(first)),
            remove.encodeCall(SystemTables.CONFIG, hex(first)));
    assertThat(r)
        .extracting(SystemContractChain::code)
        .containsExactly(
            1, ReturnCodes.COMMITTEE_MEMBER_CANNOT_BE_OPERATOR, ReturnCodes.NO_AUTHORIZED);
  }

  @Test
  void aFrozenAccountsTransactionsAreRefused() {
    send(first, GRANT_MEMBER, abi(first));
    touch(third);
    Address contract = chain.deploy(TestContracts.STORE);

    assertThat(send(outsider, FREEZE, abi(third))).isEqualTo(ReturnCodes.NO_AUTHORIZED);
    assertThat(send(first, FREEZE, abi(first))).isEqualTo(ReturnCodes.NO_AUTHORIZED);
    assertThat(send(first, FREEZE, ContractLifeCyclePrecompiledTest.abi(contract)))
        .isEqualTo(ReturnCodes.INVALID_ACCOUNT_ADDRESS);
    assertThat(send(first, FREEZE, abi(chain.account(12345))))
        .isEqualTo(ReturnCodes.ACCOUNT_NOT_EXIST);

    assertThat(send(first, FREEZE, abi(third))).isEqualTo(1);
    assertThat(send(first, FREEZE, abi(third))).isEqualTo(ReturnCodes.ACCOUNT_FROZEN);
    assertThat(query(ACCOUNT_STATUS, abi(third)))
        .containsExactly(
            "The account has been frozen. You can use this account after unfreezing it.");
    TransactionReceipt refused =
        chain.blockFrom(third, contract, TestContracts.storeCall(4)).get(0);
    assertThat(refused.status()).isEqualTo(ReceiptStatus.ACCOUNT_FROZEN.code());
    assertThat(chain.deployFrom(third, TestContracts.STORE).status())
        .isEqualTo(ReceiptStatus.ACCOUNT_FROZEN.code());

    assertThat(send(first, UNFREEZE, abi(third))).isEqualTo(1);
    assertThat(send(first, UNFREEZE, abi(third))).isEqualTo(ReturnCodes.ACCOUNT_ALREADY_AVAILABLE);
    assertThat(query(ACCOUNT_STATUS, abi(third))).containsExactly("The account is available.");
    assertThat(chain.blockFrom(third, contract, TestContracts.storeCall(4)).get(0).status())
        .isEqualTo(ReceiptStatus.NONE.code());
  }
}
