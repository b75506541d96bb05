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

  private ReturnCodes() {}

  /** {@code code} as the single 32-byte word a system contract returns. */
  public static byte[] encode(int code) {
    return Word.of(BigInteger.valueOf(code)).toBytes();
  }
}
