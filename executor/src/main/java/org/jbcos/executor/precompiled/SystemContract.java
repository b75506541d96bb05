package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Optional;
import org.jbcos.codec.abi.AbiException;
import org.jbcos.evm.Message;
import org.jbcos.evm.precompile.PrecompileCall;
import org.jbcos.evm.precompile.PrecompileResult;
import org.jbcos.evm.precompile.PrecompiledContract;
import org.jbcos.executor.StorageWorldState;
import org.jbcos.storage.TableException;

/**
 * A FISCO system contract: picks the function by the input's selector, decodes its ABI arguments
 * and runs it over the block's tables.
 *
 * <ul>
 *   <li>An unknown selector returns {@link ReturnCodes#UNKNOWN_FUNCTION_CALL} (status 0).
 *   <li>Undecodable arguments, a writing function inside a STATICCALL, a table error, a {@link
 *       CallFailure}, or a state that is not table-backed fail the call (receipt status
 *       "precompiled error"; the EVM rolls back the call's writes and, as 2.9, uses none of the
 *       call's gas).
 *   <li>Gas, as FISCO 2.9 prices it: the function records the table operations it performs in the
 *       call's {@link PrecompiledGas} (open, select/insert/update/remove per row, condition and
 *       entry accessors) and the memory it touches; the call costs their prices under the group's
 *       {@link GasMetrics} plus the memory price of the largest of the input (for the contracts
 *       that count it, {@link #inputCountsAsMemory}), the memory recorded and the output. The EVM
 *       charges it after the call and fails the call as above when it is more than the call's gas.
 *       Below {@code supported_version} 2.4.0 ({@link GasMetrics#NONE}) calls are free. Contracts
 *       that record nothing (SystemConfig, Consensus, Permission…) cost the memory price of their
 *       output.
 * </ul>
 */
public abstract class SystemContract implements PrecompiledContract {
  private final String name;
  private final List<SystemFunction> functions;
  private final GasMetrics metrics;

  protected SystemContract(String name, List<SystemFunction> functions, GasMetrics metrics) {
    this.name = name;
    this.functions = List.copyOf(functions);
    this.metrics = metrics;
  }

  @Override
  public final String name() {
    return name;
  }

  public final List<SystemFunction> functions() {
    return functions;
  }

  /** Nothing up front: the price is known once the call ran ({@link PrecompileResult#gasUsed}). */
  @Override
  public final long gasRequirement(byte[] input) {
    return 0;
  }

  /**
   * Whether the call's memory starts at the input's size, selector included: 2.9 does so in the
   * table contracts (TableFactory, CRUD, CNS, KVTableFactory and the Table.sol objects) only.
   */
  protected boolean inputCountsAsMemory() {
    return false;
  }

  @Override
  public final boolean hasAccount() {
    return false;
  }

  /** Without a block and tables there is nothing to run on. */
  @Override
  public final PrecompileResult compute(byte[] input) {
    return PrecompileResult.failure();
  }

  @Override
  public final PrecompileResult compute(PrecompileCall call) {
    if (!(call.state() instanceof StorageWorldState state)) {
      return PrecompileResult.failure();
    }
    Message m = call.message();
    PrecompiledGas gas = new PrecompiledGas(metrics);
    if (inputCountsAsMemory()) {
      gas.setMemory(m.input().length);
    }
    Optional<SystemFunction> function = functionOf(m.input());
    if (function.isEmpty()) {
      return priced(ReturnCodes.encode(ReturnCodes.UNKNOWN_FUNCTION_CALL), gas);
    }
    SystemFunction f = function.get();
    if (f.writes() && m.isStatic()) {
      return PrecompileResult.failure();
    }
    try {
      List<Object> arguments = f.abi().decodeInput(m.input());
      SystemCall systemCall =
          new SystemCall(
              state.tables(),
              call.block().number(),
              m.sender(),
              call.tx().origin(),
              arguments,
              call.temporaries(),
              gas);
      return priced(f.body().run(systemCall), gas);
    } catch (AbiException | TableException | CallFailure | SystemCallRefused e) {
      return PrecompileResult.failure();
    }
  }

  private static PrecompileResult priced(byte[] output, PrecompiledGas gas) {
    gas.raiseMemory(output.length);
    return PrecompileResult.success(output, gas.total());
  }

  private Optional<SystemFunction> functionOf(byte[] input) {
    return functions.stream().filter(f -> f.abi().matches(input)).findFirst();
  }
}
