package org.jbcos.evm;

/**
 * How a frame ended. Everything but SUCCESS, REVERT, the FISCO refusals of frozen contracts and
 * accounts, and a failed FISCO system contract (PRECOMPILE_FAILURE at 0x1000…, as in 2.9) consumes
 * all the frame's gas.
 */
public enum Halt {
  SUCCESS,
  REVERT,
  OUT_OF_GAS,
  INVALID_INSTRUCTION,
  BAD_JUMP_DESTINATION,
  STACK_UNDERFLOW,
  STACK_OVERFLOW,
  STATIC_STATE_CHANGE,
  CALL_DEPTH_EXCEEDED,
  INSUFFICIENT_BALANCE,
  CONTRACT_ADDRESS_COLLISION,
  CODE_SIZE_EXCEEDED,
  RETURN_DATA_OUT_OF_BOUNDS,
  PRECOMPILE_FAILURE,
  /** FISCO: the origin may not deploy, or may not write the contract's storage. */
  PERMISSION_DENIED,
  /** FISCO: the called contract is frozen. */
  CONTRACT_FROZEN,
  /** FISCO: the transaction's sender is frozen. */
  ACCOUNT_FROZEN;

  public boolean isSuccess() {
    return this == SUCCESS;
  }

  /** True if the frame's unused gas goes back to the caller. */
  public boolean returnsGas() {
    return this == SUCCESS || this == REVERT || this == CONTRACT_FROZEN || this == ACCOUNT_FROZEN;
  }
}
