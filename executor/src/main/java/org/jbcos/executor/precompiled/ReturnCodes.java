package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import org.jbcos.evm.Word;

/**
 * The codes FISCO's system contracts return (sdk-wire.md §5.3), and their encoding: one ABI word,
 * two's complement for negative codes, which the SDK reads back as an int.
 */
public final class ReturnCodes {
  /** A selector no function of the contract has. */
  public static final int UNKNOWN_FUNCTION_CALL = -50101;

  /** A node id that is not 128 hex characters. */
  public static final int INVALID_NODE_ID = -51100;

  /** Removing or demoting the only sealer. */
  public static final int LAST_SEALER = -51101;

  /** A system config key that is unknown or a value out of its range. */
  public static final int INVALID_CONFIGURATION_VALUES = -51300;

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
