package org.jbcos.bench.tps;

import org.fisco.bcos.sdk.abi.datatypes.Address;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.utils.Numeric;

/**
 * {@code transfer}: {@code contracts/TpsTransfer.sol} (balances by address), deployed by the
 * harness; no function is registered for parallel execution, so every block runs serially.
 */
final class TransferWorkload extends AccountCallsWorkload {
  static final String NAME = "transfer";

  TransferWorkload(CryptoSuite suite) {
    super(suite, "set", "transfer", "balanceOf", Address::new);
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
}
