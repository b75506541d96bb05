package org.jbcos.bench.tps;

import org.fisco.bcos.sdk.model.TransactionReceipt;
import org.fisco.bcos.sdk.utils.Numeric;
import org.jbcos.bench.SolidityContracts;

/** The chain as a workload's set-up sees it: one transaction at a time, waiting for its receipt. */
interface Chain {
  /** Signs a transaction to {@code to} ("" creates a contract), sends it, returns its receipt. */
  TransactionReceipt sendAndWait(String to, String input);

  /** True on an SM chain: contracts are compiled by the SM solc (SM3 selectors). */
  boolean sm();

  /**
   * Compiles {@code contract} of {@code /contracts/<file>} with solc 0.4.25 (solcJ) for the chain's
   * crypto, deploys it and returns its address; throws if the deployment fails.
   */
  default String deploy(String file, String contract) {
    byte[] code = SolidityContracts.compile(file, contract, sm());
    TransactionReceipt r = sendAndWait("", Numeric.toHexString(code));
    requireOk(r, "deploying " + contract);
    return r.getContractAddress();
  }

  /** Throws unless {@code r} has status 0. */
  static void requireOk(TransactionReceipt r, String what) {
    if (!"0x0".equals(r.getStatus())) {
      throw new IllegalStateException(
          what + " failed: status " + r.getStatus() + " " + r.getMessage());
    }
  }
}
