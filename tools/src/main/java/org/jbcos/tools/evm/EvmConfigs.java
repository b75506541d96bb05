package org.jbcos.tools.evm;

import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.EvmConfig;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileRegistry;

/** The EVM configurations the {@code jbcos evm} commands run with. */
final class EvmConfigs {
  private EvmConfigs() {}

  /** Petersburg gas, {@code hash} for SHA3 and contract addresses, the standard precompiles. */
  static EvmConfig petersburg(HashFunction hash) {
    return new EvmConfig(GasSchedule.petersburg(), hash, precompiles());
  }

  // TODO: return org.jbcos.evm.precompile.StandardPrecompiles.petersburg() once it is on main
  private static PrecompileRegistry precompiles() {
    return new PrecompileRegistry();
  }
}
