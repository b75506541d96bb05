package org.jbcos.executor.precompiled;

import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.precompile.PrecompileRegistry;

/** Fills a precompile registry with FISCO's system contracts. */
public final class SystemContracts {
  private SystemContracts() {}

  /** {@link #register(PrecompileRegistry, HashFunction, GasMetrics)} with 2.9's standard prices. */
  public static PrecompileRegistry register(PrecompileRegistry registry, HashFunction hash) {
    return register(registry, hash, GasMetrics.STANDARD);
  }

  /**
   * Adds the system contracts to {@code registry}, their selectors computed with the chain's {@code
   * hash} (Keccak-256, or SM3 on SM chains) and their calls priced by {@code metrics}.
   */
  public static PrecompileRegistry register(
      PrecompileRegistry registry, HashFunction hash, GasMetrics metrics) {
    ObjectKinds objects = new ObjectKinds(hash);
    return registry
        .register(PrecompiledAddresses.SYSTEM_CONFIG, new SystemConfigPrecompiled(hash, metrics))
        .register(
            PrecompiledAddresses.TABLE_FACTORY, new TableFactoryPrecompiled(hash, objects, metrics))
        .register(PrecompiledAddresses.CRUD, new CrudPrecompiled(hash, metrics))
        .register(PrecompiledAddresses.CONSENSUS, new ConsensusPrecompiled(hash, metrics))
        .register(PrecompiledAddresses.CNS, new CnsPrecompiled(hash, metrics))
        .register(
            PrecompiledAddresses.KV_TABLE_FACTORY,
            new KvTableFactoryPrecompiled(hash, objects, metrics))
        .register(PrecompiledAddresses.PERMISSION, new PermissionPrecompiled(hash, metrics))
        .register(
            PrecompiledAddresses.CONTRACT_LIFE_CYCLE,
            new ContractLifeCyclePrecompiled(hash, metrics))
        .register(
            PrecompiledAddresses.CHAIN_GOVERNANCE, new ChainGovernancePrecompiled(hash, metrics))
        .register(
            PrecompiledAddresses.PARALLEL_CONFIG, new ParallelConfigPrecompiled(hash, metrics))
        .register(PrecompiledAddresses.DAG_TRANSFER, new DagTransferPrecompiled(hash, metrics));
  }
}
