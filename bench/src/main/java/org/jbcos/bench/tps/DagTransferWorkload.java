package org.jbcos.bench.tps;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.fisco.bcos.sdk.abi.datatypes.Utf8String;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.utils.Numeric;
import org.jbcos.executor.precompiled.ReturnCodes;

/**
 * {@code dag-transfer}: the DagTransfer precompiled contract at 0x5002, nothing to deploy. Accounts
 * are created with {@code userAdd(string,uint256)}, transfers are {@code
 * userTransfer(string,string,uint256)}, balances are read with {@code userBalance(string)}, which
 * returns {@code (int256 code, uint256 balance)}. Each call returns a code; a nonzero one leaves
 * the receipt's status 0 although the call did nothing, so the harness reads it from the receipt
 * output and counts the transaction as failed.
 */
final class DagTransferWorkload extends AccountCallsWorkload {
  static final String NAME = "dag-transfer";
  static final String ADDRESS = "0x0000000000000000000000000000000000005002";

  private static final Map<Integer, String> CODES =
      Map.of(
          ReturnCodes.DAG_INVALID_USER_NAME, "invalid user name",
          ReturnCodes.DAG_INVALID_AMOUNT, "invalid amount",
          ReturnCodes.DAG_USER_NOT_EXIST, "user does not exist",
          ReturnCodes.DAG_USER_ALREADY_EXIST, "user already exists",
          ReturnCodes.DAG_INSUFFICIENT_BALANCE, "insufficient balance",
          ReturnCodes.DAG_BALANCE_OVERFLOW, "balance overflow",
          ReturnCodes.DAG_OPEN_TABLE_FAILED, "open table failed");

  DagTransferWorkload(CryptoSuite suite) {
    super(suite, "userAdd", "userTransfer", "userBalance", Utf8String::new);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "DagTransfer precompiled at 0x5002 (userAdd / userTransfer / userBalance), return codes"
        + " checked";
  }

  @Override
  public String setUp(Chain chain) {
    return ADDRESS;
  }

  @Override
  public String account(byte[] random) {
    return "d" + Numeric.toHexStringNoPrefix(random).substring(0, 16);
  }

  @Override
  public BigInteger balance(String callOutput) {
    BigInteger[] codeAndBalance = Abi.int256AndUint256(callOutput);
    if (codeAndBalance[0].signum() != 0) {
      throw new IllegalStateException("userBalance returned " + describe(codeAndBalance[0]));
    }
    return codeAndBalance[1];
  }

  @Override
  public Optional<String> refusal(String receiptOutput) {
    if (receiptOutput == null || Numeric.cleanHexPrefix(receiptOutput).isEmpty()) {
      return Optional.of("DagTransfer returned no code");
    }
    BigInteger code;
    try {
      code = Abi.int256(receiptOutput);
    } catch (RuntimeException e) {
      return Optional.of("DagTransfer returned no code: " + receiptOutput);
    }
    return code.signum() == 0 ? Optional.empty() : Optional.of(describe(code));
  }

  private static String describe(BigInteger code) {
    String name = CODES.getOrDefault(code.intValue(), "unknown code");
    return "DagTransfer code " + code + " (" + name + ")";
  }
}
