package org.jbcos.evm;

import java.math.BigInteger;

/**
 * One call frame to run: a message call or a contract creation.
 *
 * @param kind how the frame was entered
 * @param sender CALLER of the frame
 * @param recipient the account whose storage and balance the frame uses (the new contract for a
 *     creation)
 * @param codeAddress where the code comes from (differs from {@code recipient} for CALLCODE and
 *     DELEGATECALL)
 * @param value CALLVALUE (transferred except for DELEGATECALL)
 * @param input call data, or init code for a creation
 * @param gas gas available to the frame
 * @param depth 0 for the transaction's frame
 * @param isStatic inside a STATICCALL: no state changes allowed
 */
public record Message(
    Kind kind,
    Address sender,
    Address recipient,
    Address codeAddress,
    BigInteger value,
    byte[] input,
    long gas,
    int depth,
    boolean isStatic) {

  /** How a frame was entered. */
  public enum Kind {
    CALL,
    CALLCODE,
    DELEGATECALL,
    STATICCALL,
    CREATE,
    CREATE2
  }

  public boolean isCreate() {
    return kind == Kind.CREATE || kind == Kind.CREATE2;
  }
}
