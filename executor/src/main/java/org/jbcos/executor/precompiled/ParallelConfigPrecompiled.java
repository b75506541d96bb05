package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.codec.abi.Address;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;

/**
 * 0x1006: registers the functions of a contract that may run in parallel (see {@link
 * ParallelFunctions} for the table). Contracts call it from {@code ParallelContract.sol}'s {@code
 * registerParallelFunction(string, uint256)} with their own address.
 *
 * <ul>
 *   <li>{@code registerParallelFunctionInternal(address, string functionName, uint256
 *       criticalSize)} inserts or replaces the row of the function's selector and returns 0.
 *   <li>{@code unregisterParallelFunctionInternal(address, string functionName)} removes it and
 *       returns 0, registered or not.
 *   <li>Both create the contract's {@code cp_} table if it is missing; neither checks permissions.
 * </ul>
 */
public final class ParallelConfigPrecompiled extends SystemContract {
  public ParallelConfigPrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "parallelConfig",
        List.of(
            SystemFunction.writing(
                "registerParallelFunctionInternal(address,string,uint256) returns (int256)",
                hash,
                c -> register(c, hash)),
            SystemFunction.writing(
                "unregisterParallelFunctionInternal(address,string) returns (int256)",
                hash,
                c -> unregister(c, hash))),
        metrics);
  }

  private static byte[] register(SystemCall call, HashFunction hash) {
    org.jbcos.evm.Address contract = contractOf(call);
    String functionName = call.string(1);
    BigInteger criticalSize = (BigInteger) call.arguments().get(2);
    String selector = ParallelFunctions.selectorOf(functionName, hash);
    Table table = ParallelFunctions.openOrCreate(call.tables(), contract);
    Entry row =
        Entry.of(
            ParallelFunctions.SELECTOR,
            selector,
            ParallelFunctions.FUNCTION_NAME,
            functionName,
            ParallelFunctions.CRITICAL_SIZE,
            criticalSize.toString());
    Condition ofSelector = Condition.all().eq(ParallelFunctions.SELECTOR, selector);
    if (table.select(ParallelFunctions.KEY, ofSelector).isEmpty()) {
      table.insert(ParallelFunctions.KEY, row);
    } else {
      table.update(ParallelFunctions.KEY, row, ofSelector);
    }
    return ReturnCodes.encode(0);
  }

  private static byte[] unregister(SystemCall call, HashFunction hash) {
    org.jbcos.evm.Address contract = contractOf(call);
    String selector = ParallelFunctions.selectorOf(call.string(1), hash);
    Table table = ParallelFunctions.openOrCreate(call.tables(), contract);
    table.remove(ParallelFunctions.KEY, Condition.all().eq(ParallelFunctions.SELECTOR, selector));
    return ReturnCodes.encode(0);
  }

  private static org.jbcos.evm.Address contractOf(SystemCall call) {
    return org.jbcos.evm.Address.wrap(((Address) call.arguments().get(0)).bytes());
  }
}
