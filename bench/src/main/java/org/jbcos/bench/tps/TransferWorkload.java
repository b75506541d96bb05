package org.jbcos.bench.tps;

import java.math.BigInteger;
import java.util.Optional;
import org.fisco.bcos.sdk.abi.datatypes.Address;
import org.fisco.bcos.sdk.abi.datatypes.generated.Uint256;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.utils.Numeric;

/**
 * {@code transfer}: {@code contracts/TpsTransfer.sol} (balances by address), deployed by the
 * harness; no function is registered for parallel execution, so every block runs serially.
 */
final class TransferWorkload implements Workload {
  static final String NAME = "transfer";

  private final Abi abi;

  TransferWorkload(CryptoSuite suite) {
    this.abi = new Abi(suite);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "TpsTransfer.sol, balances by address (set / transfer / balanceOf)";
  }

  @Override
  public String setUp(Chain chain) {
    return chain.deploy("TpsTransfer.sol", "TpsTransfer");
  }

  @Override
  public String account(byte[] random) {
    return Numeric.toHexString(random);
  }

  @Override
  public String setBalance(String account, BigInteger amount) {
    return abi.encode("set", new Address(account), new Uint256(amount));
  }

  @Override
  public String transfer(String from, String to, BigInteger amount) {
    return abi.encode("transfer", new Address(from), new Address(to), new Uint256(amount));
  }

  @Override
  public String balanceOf(String account) {
    return abi.encode("balanceOf", new Address(account));
  }

  @Override
  public BigInteger balance(String callOutput) {
    return Abi.uint256(callOutput);
  }

  @Override
  public Optional<String> refusal(String receiptOutput) {
    return Optional.empty();
  }
}
