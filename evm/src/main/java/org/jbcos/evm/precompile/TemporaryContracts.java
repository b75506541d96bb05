package org.jbcos.evm.precompile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbcos.evm.Address;

/**
 * Contracts one transaction creates at run time, such as FISCO's Table, Entry, Condition and
 * Entries objects: each gets the next temporary address from {@link #FIRST} (0x10001) up. The EVM
 * makes a fresh instance for every transaction and drops it afterwards, so the addresses start over
 * for each transaction and do not depend on other transactions, even when transactions run in
 * parallel. An instance serves one transaction on one thread and is not thread-safe.
 */
public final class TemporaryContracts {
  /** The first temporary address, as FISCO 2.x counts them (from 0x10000, pre-incremented). */
  public static final long FIRST = 0x10001;

  private final List<PrecompiledContract> contracts = new ArrayList<>();

  /**
   * Places {@code contract} at the next temporary address and returns that address. The contract
   * must have no account ({@link PrecompiledContract#hasAccount()} false): it exists only for the
   * rest of the transaction.
   */
  public Address register(PrecompiledContract contract) {
    if (contract.hasAccount()) {
      throw new IllegalArgumentException("a temporary contract has no account: " + contract.name());
    }
    contracts.add(contract);
    return Address.ofLong(FIRST + contracts.size() - 1);
  }

  /** The contract at {@code address}, if this transaction created one there. */
  public Optional<PrecompiledContract> get(Address address) {
    if (contracts.isEmpty()) {
      return Optional.empty();
    }
    long index = address.toBigInteger().longValue() - FIRST;
    if (index < 0 || index >= contracts.size() || !Address.ofLong(FIRST + index).equals(address)) {
      return Optional.empty();
    }
    return Optional.of(contracts.get((int) index));
  }
}
