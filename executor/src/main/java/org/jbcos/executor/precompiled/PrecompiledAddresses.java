package org.jbcos.executor.precompiled;

import org.jbcos.evm.Address;

/** Addresses of FISCO 2.9's system contracts (node-design.md §1, sdk-wire.md §5.1). */
public final class PrecompiledAddresses {
  public static final Address SYSTEM_CONFIG = Address.ofLong(0x1000);
  public static final Address TABLE_FACTORY = Address.ofLong(0x1001);
  public static final Address CRUD = Address.ofLong(0x1002);
  public static final Address CONSENSUS = Address.ofLong(0x1003);
  public static final Address CNS = Address.ofLong(0x1004);
  public static final Address KV_TABLE_FACTORY = Address.ofLong(0x1010);
  public static final Address PERMISSION = Address.ofLong(0x1005);
  public static final Address CONTRACT_LIFE_CYCLE = Address.ofLong(0x1007);
  public static final Address CHAIN_GOVERNANCE = Address.ofLong(0x1008);
  public static final Address PARALLEL_CONFIG = Address.ofLong(0x1006);
  public static final Address DAG_TRANSFER = Address.ofLong(0x5002);

  private PrecompiledAddresses() {}
}
