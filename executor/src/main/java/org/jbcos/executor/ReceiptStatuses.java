package org.jbcos.executor;

import org.jbcos.evm.Halt;
import org.jbcos.protocol.ReceiptStatus;

/** The 2.x receipt status for how a transaction's top frame ended. */
final class ReceiptStatuses {
  private ReceiptStatuses() {}

  static ReceiptStatus of(Halt halt) {
    return switch (halt) {
      case SUCCESS -> ReceiptStatus.NONE;
      case REVERT -> ReceiptStatus.REVERT_INSTRUCTION;
        // FISCO throws OutOfGas for code above the size limit too
      case OUT_OF_GAS, CODE_SIZE_EXCEEDED -> ReceiptStatus.OUT_OF_GAS;
      case INVALID_INSTRUCTION, RETURN_DATA_OUT_OF_BOUNDS, STATIC_STATE_CHANGE ->
          ReceiptStatus.BAD_INSTRUCTION;
      case BAD_JUMP_DESTINATION -> ReceiptStatus.BAD_JUMP_DESTINATION;
      case STACK_UNDERFLOW -> ReceiptStatus.STACK_UNDERFLOW;
      case STACK_OVERFLOW, CALL_DEPTH_EXCEEDED -> ReceiptStatus.OUT_OF_STACK;
      case INSUFFICIENT_BALANCE -> ReceiptStatus.NOT_ENOUGH_CASH;
      case CONTRACT_ADDRESS_COLLISION -> ReceiptStatus.ADDRESS_ALREADY_USED;
      case PRECOMPILE_FAILURE -> ReceiptStatus.PRECOMPILED_ERROR;
      case PERMISSION_DENIED -> ReceiptStatus.PERMISSION_DENIED;
      case CONTRACT_FROZEN -> ReceiptStatus.CONTRACT_FROZEN;
      case ACCOUNT_FROZEN -> ReceiptStatus.ACCOUNT_FROZEN;
    };
  }
}
