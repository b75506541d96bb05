package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import org.jbcos.evm.Word;

/**
 * The codes FISCO's system contracts return (sdk-wire.md §5.3), and their encoding: one ABI word,
 * two's complement for negative codes, which the SDK reads back as an int. The table-layer codes
 * (−50001…−50008, −50100, −51503) are {@link org.jbcos.storage.ErrorCode}'s.
 */
public final class ReturnCodes {
  /** A selector no function of the contract has. */
  public static final int UNKNOWN_FUNCTION_CALL = -50101;

  /** An address argument that is not 40 hex digits. */
  public static final int INVALID_ADDRESS = -50102;

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

  private ReturnCodes() {}

  /** {@code code} as the single 32-byte word a system contract returns. */
  public static byte[] encode(int code) {
    return Word.of(BigInteger.valueOf(code)).toBytes();
  }
}
