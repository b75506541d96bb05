package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.evm.Address;
import org.jbcos.evm.precompile.TemporaryContracts;
import org.jbcos.storage.TableFactory;

/**
 * One call of a system contract's function, as its body sees it.
 *
 * @param tables the block's tables; writes roll back with the calling transaction
 * @param blockNumber the block being executed; changes take effect from {@code blockNumber + 1}
 * @param sender the caller (the transaction's sender, or the calling contract)
 * @param origin the transaction's sender
 * @param arguments the decoded ABI arguments
 * @param temporaries the objects (Table, Entry, Condition…) the transaction created so far
 * @param gas the call's gas meter: the table operations and memory the call records
 */
public record SystemCall(
    TableFactory tables,
    long blockNumber,
    Address sender,
    Address origin,
    List<Object> arguments,
    TemporaryContracts temporaries,
    PrecompiledGas gas) {

  /** The argument at {@code index}, for a {@code string} parameter. */
  public String string(int index) {
    return (String) arguments.get(index);
  }

  /** The argument at {@code index}, for an {@code intN} or {@code uintN} parameter. */
  public BigInteger integer(int index) {
    return (BigInteger) arguments.get(index);
  }

  /** The argument at {@code index}, for an {@code address} parameter. */
  public Address address(int index) {
    return Address.wrap(((org.jbcos.codec.abi.Address) arguments.get(index)).bytes());
  }

  /**
   * The temporary object of type {@code type} whose address is the argument at {@code index}.
   *
   * @throws CallFailure when there is none at that address or it is of another kind (FISCO crashes
   *     the call)
   */
  public <T> T object(int index, Class<T> type) {
    Address at = address(index);
    return temporaries
        .get(at)
        .filter(TemporaryObject.class::isInstance)
        .map(c -> ((TemporaryObject<?>) c).target())
        .filter(type::isInstance)
        .map(type::cast)
        .orElseThrow(() -> new CallFailure("no " + type.getSimpleName() + " at " + at));
  }

  /** Whether this call's origin may write {@code tableName} ({@link TableAccess#allows}). */
  public boolean mayWrite(String tableName) {
    return TableAccess.allows(tables, tableName, origin, blockNumber);
  }

  /** The {@code enable_num} of a change made now: the next block. */
  public String enableNum() {
    return Long.toString(blockNumber + 1);
  }
}
