package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import org.jbcos.evm.Word;

/**
 * The codes FISCO's system contracts return (sdk-wire.md §5.3), and their encoding: one ABI word,
 * two's complement for negative codes, which the SDK reads back as an int. The table-layer codes
 * (−50001…−50008, −50100, −51503) are {@link org.jbcos.storage.ErrorCode}'s.
 */
public final class ReturnCodes {
  /** The transaction's origin may not write the table. */
  public static final int NO_AUTHORIZED = -50000;

  /** A selector no function of the contract has. */
  public static final int UNKNOWN_FUNCTION_CALL = -50101;

  /** An address argument that is not 40 hex digits. */
  public static final int INVALID_ADDRESS = -50102;

  /** Permission: the table already lists the address. */
  public static final int TABLE_AND_ADDRESS_EXIST = -51000;

  /** Permission: the table does not list the address. */
  public static final int TABLE_AND_ADDRESS_NOT_EXIST = -51001;

  /** Permission: a table name longer than 64 characters. */
  public static final int TABLE_NAME_OVERFLOW = -51002;

  /** Permission: grantWrite on an address without an account table. */
  public static final int CONTRACT_NOT_EXIST = -51003;

  /** Permission: {@code _sys_table_access_} is managed through ChainGovernance only. */
  public static final int COMMITTEE_PERMISSION = -51004;

  /** A node id that is not 128 hex characters. */
  public static final int INVALID_NODE_ID = -51100;

  /** Removing or demoting the only sealer. */
  public static final int LAST_SEALER = -51101;

  /** A CNS name and version registered already. */
  public static final int CNS_NAME_AND_VERSION_EXIST = -51200;

  /** A CNS version longer than 128 characters. */
  public static final int CNS_VERSION_LENGTH_OVERFLOW = -51201;

  /** A system config key that is unknown or a value out of its range. */
  public static final int INVALID_CONFIGURATION_VALUES = -51300;

  /** CRUD: the entry is not a JSON object of fields. */
  public static final int PARSE_ENTRY_ERROR = -51500;

  /** CRUD: the condition is not a JSON object of fields to operations. */
  public static final int PARSE_CONDITION_ERROR = -51501;

  /** CRUD: an operation other than eq, ne, gt, ge, lt, le and limit. */
  public static final int CONDITION_OPERATION_UNDEFINED = -51502;

  /** ContractLifeCycle: freezing a frozen contract. */
  public static final int CONTRACT_FROZEN = -51900;

  /** ContractLifeCycle: unfreezing an available contract. */
  public static final int CONTRACT_AVAILABLE = -51901;

  /** ContractLifeCycle: granting a manager twice. */
  public static final int CONTRACT_REPEAT_AUTHORIZATION = -51902;

  /** ContractLifeCycle: the address is an account without code. */
  public static final int INVALID_CONTRACT_ADDRESS = -51903;

  /** ContractLifeCycle: no account table at the address. */
  public static final int CONTRACT_TABLE_NOT_EXIST = -51904;

  /** ContractLifeCycle: the origin is neither a manager of the contract nor a committee member. */
  public static final int CONTRACT_NO_AUTHORIZED = -51905;

  /** ContractLifeCycle: revoking a manager the contract does not have. */
  public static final int NON_EXIST_AUTHORIZATION = -51906;

  /** ContractLifeCycle: revoking the contract's last manager. */
  public static final int REVOKE_LAST_AUTHORIZATION = -51907;

  public static final int COMMITTEE_MEMBER_EXIST = -52000;
  public static final int COMMITTEE_MEMBER_NOT_EXIST = -52001;

  /** ChainGovernance: the origin is not a committee member. */
  public static final int INVALID_REQUEST_PERMISSION_DENIED = -52002;

  /** ChainGovernance: a threshold outside 0..99. */
  public static final int INVALID_THRESHOLD = -52003;

  public static final int OPERATOR_CANNOT_BE_COMMITTEE_MEMBER = -52004;
  public static final int COMMITTEE_MEMBER_CANNOT_BE_OPERATOR = -52005;
  public static final int OPERATOR_EXIST = -52006;
  public static final int OPERATOR_NOT_EXIST = -52007;
  public static final int ACCOUNT_NOT_EXIST = -52008;

  /** ChainGovernance: the address holds a contract, not an external account. */
  public static final int INVALID_ACCOUNT_ADDRESS = -52009;

  public static final int ACCOUNT_ALREADY_AVAILABLE = -52010;
  public static final int ACCOUNT_FROZEN = -52011;

  /** ChainGovernance: the weight or threshold already has the requested value. */
  public static final int CURRENT_VALUE_IS_EXPECTED_VALUE = -52012;

  /** DagTransfer (0x5002): an empty user name. */
  public static final int DAG_INVALID_USER_NAME = -51400;

  /** DagTransfer: an amount of zero. */
  public static final int DAG_INVALID_AMOUNT = -51401;

  /** DagTransfer: the user (the sender of a transfer) has no row. */
  public static final int DAG_USER_NOT_EXIST = -51402;

  /** DagTransfer: {@code userAdd} of a user that has a row. */
  public static final int DAG_USER_ALREADY_EXIST = -51403;

  /** DagTransfer: a draw or transfer above the balance. */
  public static final int DAG_INSUFFICIENT_BALANCE = -51404;

  /** DagTransfer: a save or transfer that would pass 2^256 - 1. */
  public static final int DAG_BALANCE_OVERFLOW = -51405;

  /** DagTransfer: its table could not be opened. */
  public static final int DAG_OPEN_TABLE_FAILED = -51406;

  private ReturnCodes() {}

  /** {@code code} as the single 32-byte word a system contract returns. */
  public static byte[] encode(int code) {
    return word(BigInteger.valueOf(code));
  }

  /** {@code value} (a uint256, or a negative int256) as one 32-byte ABI word. */
  public static byte[] word(BigInteger value) {
    return Word.of(value).toBytes();
  }
}
