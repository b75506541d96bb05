package org.jbcos.executor.precompiled;

import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.precompile.PrecompileRegistry;

/** Fills a precompile registry with FISCO's system contracts. */
public final class SystemContracts {
  private SystemContracts() {}

  /**
   * Adds the system contracts to {@code registry}, their selectors computed with the chain's {@code
   * hash} (Keccak-256, or SM3 on SM chains).
   */
  public static PrecompileRegistry register(PrecompileRegistry registry, HashFunction hash) {
    return registry
        .register(PrecompiledAddresses.SYSTEM_CONFIG, new SystemConfigPrecompiled(hash))
        .register(PrecompiledAddresses.CONSENSUS, new ConsensusPrecompiled(hash))
        .register(PrecompiledAddresses.PARALLEL_CONFIG, new ParallelConfigPrecompiled(hash))
        .register(PrecompiledAddresses.DAG_TRANSFER, new DagTransferPrecompiled(hash));
  }
}
