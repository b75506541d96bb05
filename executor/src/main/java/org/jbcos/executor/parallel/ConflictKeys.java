package org.jbcos.executor.parallel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbcos.codec.abi.AbiCodec;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.AbiType;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.precompile.PrecompiledContract;
import org.jbcos.executor.StorageWorldState;
import org.jbcos.executor.precompiled.ParallelFunctions;
import org.jbcos.executor.precompiled.ParallelPrecompiled;
import org.jbcos.storage.TableFactory;

/**
 * The conflict keys of a transaction (2.9's {@code getTxCriticals}), read against the state at the
 * start of the block. {@link Optional#empty()} means the transaction must run alone.
 *
 * <ul>
 *   <li>A contract creation, a call carrying value, or a call to a system contract that is not
 *       {@link ParallelPrecompiled} runs alone.
 *   <li>A call to a {@link ParallelPrecompiled} contract: its tags.
 *   <li>A call to a Solidity contract: the function registered for the call's selector in the
 *       contract's {@code cp_} table (0x1006); the first {@code criticalSize} arguments, decoded as
 *       2.9 does ({@code string} as is, {@code int}/{@code uint} in decimal, {@code address} in
 *       lowercase hex; any other type among them, or input that does not decode as the registered
 *       signature, makes the call run alone). Without a registration, or if the contract's account
 *       does not exist yet, it runs alone.
 *   <li>Each key has the contract's address (lowercase hex) appended.
 * </ul>
 *
 * <p>The sender is no key, as in 2.9, although JBCOS increments the sender's nonce on every call:
 * {@code StorageWorldState} makes the increment atomic, the increments commute, and the sender's
 * other write (its balance, with a zero value) writes the value it holds.
 */
public final class ConflictKeys {
  private static final Set<String> DECODABLE_TYPES =
      Set.of("int", "int256", "uint", "uint256", "address", "string");

  private final PrecompileRegistry precompiles;
  private final HashFunction hash;

  public ConflictKeys(PrecompileRegistry precompiles, HashFunction hash) {
    this.precompiles = precompiles;
    this.hash = hash;
  }

  /** The keys of a transaction to {@code to} (empty: a creation). */
  public Optional<List<String>> of(
      TableFactory blockStart, Optional<Address> to, BigInteger value, byte[] data) {
    return reader(blockStart).of(to, value, data);
  }

  /**
   * Reads keys against {@code blockStart}, remembering per contract whether its account exists and
   * per (contract, selector) its registration (2.9 caches these per block too). Safe to use from
   * several threads.
   */
  public Reader reader(TableFactory blockStart) {
    return new Reader(blockStart);
  }

  /** Conflict keys read against one block's starting state. */
  public final class Reader {
    private final TableFactory blockStart;
    private final Map<Address, Boolean> accounts = new ConcurrentHashMap<>();
    private final Map<Registered, Optional<CriticalArguments>> registrations =
        new ConcurrentHashMap<>();

    private Reader(TableFactory blockStart) {
      this.blockStart = blockStart;
    }

    /** The keys of a transaction to {@code to} (empty: a creation). */
    public Optional<List<String>> of(Optional<Address> to, BigInteger value, byte[] data) {
      if (to.isEmpty() || value.signum() != 0) {
        return Optional.empty();
      }
      Address contract = to.get();
      Optional<List<String>> tags = tagsOf(contract, data);
      if (tags.isEmpty()) {
        return Optional.empty();
      }
      String suffix = Hex.encode(contract.toBytes());
      List<String> keys = new ArrayList<>(tags.get().size());
      for (String tag : tags.get()) {
        keys.add(tag + suffix);
      }
      return Optional.of(keys);
    }

    private Optional<List<String>> tagsOf(Address contract, byte[] data) {
      Optional<PrecompiledContract> precompile = precompiles.get(contract);
      if (precompile.isPresent()) {
        return precompile.get() instanceof ParallelPrecompiled parallel
            ? parallel.conflictTags(data, blockStart)
            : Optional.empty();
      }
      if (data.length < AbiFunction.SELECTOR_LENGTH || !accountExists(contract)) {
        return Optional.empty();
      }
      String selector = ParallelFunctions.selectorOf(data);
      return registrations
          .computeIfAbsent(
              new Registered(contract, selector),
              r ->
                  ParallelFunctions.lookup(blockStart, contract, selector)
                      .flatMap(ConflictKeys.this::criticalArguments))
          .flatMap(c -> c.decode(data));
    }

    private boolean accountExists(Address contract) {
      return accounts.computeIfAbsent(
          contract, c -> blockStart.openTable(StorageWorldState.tableName(c)).isPresent());
    }
  }

  private record Registered(Address contract, String selector) {}

  /** How to read the conflicting arguments of a registered function. */
  private record CriticalArguments(List<AbiType> types, int size) {
    /** The first {@link #size} arguments as text; empty if the input does not decode. */
    Optional<List<String>> decode(byte[] data) {
      try {
        // the whole input must decode (stricter than 2.9, which reads only the leading
        // arguments); AbiException is an IllegalArgumentException
        List<Object> values =
            AbiCodec.decode(
                types,
                data,
                AbiFunction.SELECTOR_LENGTH,
                data.length - AbiFunction.SELECTOR_LENGTH);
        List<String> out = new ArrayList<>(size);
        for (Object v : values.subList(0, size)) {
          out.add(asText(v));
        }
        return Optional.of(out);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }

  private Optional<CriticalArguments> criticalArguments(
      ParallelFunctions.Registration registration) {
    Optional<List<String>> types = parameterTypes(registration.functionName());
    int size;
    try {
      BigInteger critical = new BigInteger(registration.criticalSize());
      if (types.isEmpty()
          || critical.signum() < 0
          || critical.compareTo(BigInteger.valueOf(types.get().size())) > 0) {
        return Optional.empty();
      }
      size = critical.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
    if (!DECODABLE_TYPES.containsAll(types.get().subList(0, size))) {
      return Optional.empty();
    }
    try {
      List<AbiType> abiTypes =
          AbiFunction.parse("f(" + String.join(",", types.get()) + ")", hash).inputs();
      return Optional.of(new CriticalArguments(abiTypes, size));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String asText(Object value) {
    if (value instanceof org.jbcos.codec.abi.Address a) {
      return Hex.encode(a.bytes());
    }
    return value.toString();
  }

  /** The parameter types of {@code name(t1,t2,…)}, trimmed; empty if it is not of that shape. */
  static Optional<List<String>> parameterTypes(String functionName) {
    int open = functionName.indexOf('(');
    int close = functionName.lastIndexOf(')');
    if (open <= 0 || close < open || close != functionName.length() - 1) {
      return Optional.empty();
    }
    String inner = functionName.substring(open + 1, close).trim();
    if (inner.isEmpty()) {
      return Optional.of(List.of());
    }
    List<String> types = new ArrayList<>();
    for (String t : inner.split(",", -1)) {
      types.add(t.trim());
    }
    return Optional.of(types);
  }
}
