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
    ObjectKinds objects = new ObjectKinds(hash);
    return registry
        .register(PrecompiledAddresses.SYSTEM_CONFIG, new SystemConfigPrecompiled(hash))
        .register(PrecompiledAddresses.TABLE_FACTORY, new TableFactoryPrecompiled(hash, objects))
        .register(PrecompiledAddresses.CRUD, new CrudPrecompiled(hash))
        .register(PrecompiledAddresses.CONSENSUS, new ConsensusPrecompiled(hash))
        .register(PrecompiledAddresses.CNS, new CnsPrecompiled(hash))
        .register(
            PrecompiledAddresses.KV_TABLE_FACTORY, new KvTableFactoryPrecompiled(hash, objects))
        .register(PrecompiledAddresses.PERMISSION, new PermissionPrecompiled(hash))
        .register(PrecompiledAddresses.CONTRACT_LIFE_CYCLE, new ContractLifeCyclePrecompiled(hash))
        .register(PrecompiledAddresses.CHAIN_GOVERNANCE, new ChainGovernancePrecompiled(hash))
        .register(PrecompiledAddresses.PARALLEL_CONFIG, new ParallelConfigPrecompiled(hash))
        .register(PrecompiledAddresses.DAG_TRANSFER, new DagTransferPrecompiled(hash));
  }
}
