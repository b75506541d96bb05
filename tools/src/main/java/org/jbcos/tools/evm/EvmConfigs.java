package org.jbcos.tools.evm;

import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.EvmConfig;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.StandardPrecompiles;

/** The EVM configurations the {@code jbcos evm} commands run with. */
final class EvmConfigs {
  private EvmConfigs() {}

  /** Ethereum at Petersburg, as the ConstantinopleFix state tests expect: precompiles 0x1-0x8. */
  static EvmConfig ethereumPetersburg() {
    return new EvmConfig(
        GasSchedule.petersburg(), Keccak256.INSTANCE, StandardPrecompiles.petersburg());
  }

  /**
   * FISCO BCOS 2.x: Petersburg gas, {@code hash} for SHA3 and contract addresses, precompiles
   * 0x1-0x9 with Istanbul alt_bn128 prices.
   */
  static EvmConfig fisco(HashFunction hash) {
    return new EvmConfig(GasSchedule.petersburg(), hash, StandardPrecompiles.fisco());
  }
}
