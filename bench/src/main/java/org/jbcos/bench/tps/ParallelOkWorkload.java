package org.jbcos.bench.tps;

import java.math.BigInteger;
import java.util.Optional;
import org.fisco.bcos.sdk.abi.datatypes.Utf8String;
import org.fisco.bcos.sdk.abi.datatypes.generated.Uint256;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.utils.Numeric;

/**
 * {@code parallel-ok}: FISCO's parallel transfer contract ({@code contracts/ParallelOk.sol},
 * balances by name). The harness deploys it and calls {@code enableParallel()}, which registers
 * {@code transfer} and {@code set} with ParallelConfig (0x1006), so that transfers between
 * different names may run in parallel within a block.
 */
final class ParallelOkWorkload implements Workload {
  static final String NAME = "parallel-ok";

  private final Abi abi;

  ParallelOkWorkload(CryptoSuite suite) {
    this.abi = new Abi(suite);
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

  @Override
  public String setBalance(String account, BigInteger amount) {
    return abi.encode("set", new Utf8String(account), new Uint256(amount));
  }

  @Override
  public String transfer(String from, String to, BigInteger amount) {
    return abi.encode("transfer", new Utf8String(from), new Utf8String(to), new Uint256(amount));
  }

  @Override
  public String balanceOf(String account) {
    return abi.encode("balanceOf", new Utf8String(account));
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
