package org.jbcos.protocol;

import java.util.HashMap;
import java.util.Map;

/** The 2.x receipt and tx-pool status codes with the names FISCO prints as statusMsg. */
public enum ReceiptStatus {
  NONE(0, "None"),
  UNKNOWN(1, "Unknown"),
  BAD_RLP(2, "BadRLP"),
  INVALID_FORMAT(3, "InvalidFormat"),
  OUT_OF_GAS_INTRINSIC(4, "OutOfGasIntrinsic"),
  INVALID_SIGNATURE(5, "InvalidSignature"),
  INVALID_NONCE(6, "InvalidNonce"),
  NOT_ENOUGH_CASH(7, "NotEnoughCash"),
  OUT_OF_GAS_BASE(8, "OutOfGasBase"),
  BLOCK_GAS_LIMIT_REACHED(9, "BlockGasLimitReached"),
  BAD_INSTRUCTION(10, "BadInstruction"),
  BAD_JUMP_DESTINATION(11, "BadJumpDestination"),
  OUT_OF_GAS(12, "OutOfGas"),
  OUT_OF_STACK(13, "OutOfStack"),
  STACK_UNDERFLOW(14, "StackUnderflow"),
  NONCE_CHECK_FAIL(15, "NonceCheckFail"),
  BLOCK_LIMIT_CHECK_FAIL(16, "BlockLimitCheckFail"),
  FILTER_CHECK_FAIL(17, "FilterCheckFail"),
  NO_DEPLOY_PERMISSION(18, "NoDeployPermission"),
  NO_CALL_PERMISSION(19, "NoCallPermission"),
  NO_TX_PERMISSION(20, "NoTxPermission"),
  PRECOMPILED_ERROR(21, "PrecompiledError"),
  REVERT_INSTRUCTION(22, "RevertInstruction"),
  INVALID_ZERO_SIGNATURE_FORMAT(23, "InvalidZeroSignatureFormat"),
  ADDRESS_ALREADY_USED(24, "AddressAlreadyUsed"),
  PERMISSION_DENIED(25, "PermissionDenied"),
  CALL_ADDRESS_ERROR(26, "CallAddressError"),
  GAS_OVERFLOW(27, "GasOverflow"),
  TX_POOL_IS_FULL(28, "TxPoolIsFull"),
  TRANSACTION_REFUSED(29, "TransactionRefused"),
  CONTRACT_FROZEN(30, "ContractFrozen"),
  ACCOUNT_FROZEN(31, "AccountFrozen"),
  NOT_ENOUGH_REMAIN_GAS(32, "NotEnoughRemainGas"),
  // FISCO prints "StackUnderflow" for 10000 (an operator<< quirk the SDK never relies on)
  ALREADY_KNOWN(10000, "AlreadyKnown"),
  ALREADY_IN_CHAIN(10001, "AlreadyInChain"),
  INVALID_CHAIN_ID(10002, "InvalidChainId"),
  INVALID_GROUP_ID(10003, "InvalidGroupId"),
  REQUEST_NOT_BELONG_TO_THE_GROUP(10004, "RequestNotBelongToTheGroup"),
  MALFORMED_TX(10005, "MalformedTx"),
  OVER_GROUP_MEMORY_LIMIT(10006, "OverGroupMemoryLimit");

  private static final Map<Integer, ReceiptStatus> BY_CODE = new HashMap<>();

  static {
    for (ReceiptStatus s : values()) {
      BY_CODE.put(s.code, s);
    }
  }

  private final int code;
  private final String message;

  ReceiptStatus(int code, String message) {
    this.code = code;
    this.message = message;
  }

  public int code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** "0x0", "0x16", ...: the form the SDK compares literally. */
  public String hex() {
    return JsonHex.quantity(code);
  }

  public static ReceiptStatus ofCode(int code) {
    ReceiptStatus s = BY_CODE.get(code);
    return s == null ? UNKNOWN : s;
  }
}
