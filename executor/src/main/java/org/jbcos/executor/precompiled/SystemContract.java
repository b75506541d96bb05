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
 *       "precompiled error"; the EVM rolls back the call's writes).
 *   <li>Gas: a flat {@link #GAS} per call, whatever the function (FISCO 2.9 prices per table
 *       operation; a flat cost keeps every call well inside the 300,000,000 default budget).
 * </ul>
 */
public abstract class SystemContract implements PrecompiledContract {
  /** Gas charged per call. */
  public static final long GAS = 20_000;

  private final String name;
  private final List<SystemFunction> functions;

  protected SystemContract(String name, List<SystemFunction> functions) {
    this.name = name;
    this.functions = List.copyOf(functions);
  }

  @Override
  public final String name() {
    return name;
  }

  public final List<SystemFunction> functions() {
    return functions;
  }

  @Override
  public final long gasRequirement(byte[] input) {
    return GAS;
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
    Optional<SystemFunction> function = functionOf(m.input());
    if (function.isEmpty()) {
      return PrecompileResult.success(ReturnCodes.encode(ReturnCodes.UNKNOWN_FUNCTION_CALL));
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
              call.temporaries());
      return PrecompileResult.success(f.body().run(systemCall));
    } catch (AbiException | TableException | CallFailure | SystemCallRefused e) {
      return PrecompileResult.failure();
    }
  }

  private Optional<SystemFunction> functionOf(byte[] input) {
    return functions.stream().filter(f -> f.abi().matches(input)).findFirst();
  }
}
