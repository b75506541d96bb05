package org.jbcos.evm.precompile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jbcos.evm.Address;

/** Precompiled contracts by address, filled once at start-up and read-only afterwards. */
public final class PrecompileRegistry {
  private final Map<Address, PrecompiledContract> contracts = new HashMap<>();

  public PrecompileRegistry register(Address address, PrecompiledContract contract) {
    if (contracts.putIfAbsent(address, contract) != null) {
      throw new IllegalStateException("a precompiled contract is already at " + address);
    }
    return this;
  }

  public Optional<PrecompiledContract> get(Address address) {
    return Optional.ofNullable(contracts.get(address));
  }

  public boolean contains(Address address) {
    return contracts.containsKey(address);
  }
}
