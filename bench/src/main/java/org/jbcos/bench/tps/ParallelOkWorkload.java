package org.jbcos.bench.tps;

import org.fisco.bcos.sdk.abi.datatypes.Utf8String;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.utils.Numeric;

/**
 * {@code parallel-ok}: FISCO's parallel transfer contract ({@code contracts/ParallelOk.sol},
 * balances by name). The harness deploys it and calls {@code enableParallel()}, which registers
 * {@code transfer} and {@code set} with ParallelConfig (0x1006), so that transfers between
 * different names may run in parallel within a block.
 */
final class ParallelOkWorkload extends AccountCallsWorkload {
  static final String NAME = "parallel-ok";

  ParallelOkWorkload(CryptoSuite suite) {
    super(suite, "set", "transfer", "balanceOf", Utf8String::new);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "ParallelOk.sol, balances by name, enableParallel() registered with 0x1006"
        + " (set / transfer / balanceOf)";
  }

  @Override
  public String setUp(Chain chain) {
    String contract = chain.deploy("ParallelOk.sol", "ParallelOk");
    Chain.requireOk(chain.sendAndWait(contract, abi.encode("enableParallel")), "enableParallel()");
    return contract;
  }

  @Override
  public String account(byte[] random) {
    return "p" + Numeric.toHexStringNoPrefix(random).substring(0, 16);
  }
}
