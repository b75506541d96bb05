package org.jbcos.executor.precompiled;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableFactory;

/**
 * The parallel functions a contract registered through 0x1006, as 2.9 keeps them: table {@code
 * cp_<address hex>}, key field {@code parallel}, value fields {@code selector} (the function's
 * 4-byte selector as an unsigned decimal), {@code functionName} and {@code criticalSize} (decimal).
 */
public final class ParallelFunctions {
  static final String KEY = "parallel";
  static final String SELECTOR = "selector";
  static final String FUNCTION_NAME = "functionName";
  static final String CRITICAL_SIZE = "criticalSize";
  static final List<String> VALUE_FIELDS = List.of(SELECTOR, FUNCTION_NAME, CRITICAL_SIZE);

  /** A registered function: its signature as registered and how many leading arguments conflict. */
  public record Registration(String functionName, String criticalSize) {}

  private ParallelFunctions() {}

  /** {@code cp_} and the lowercase hex address without 0x. */
  public static String tableName(Address contract) {
    return "cp_" + Hex.encode(contract.toBytes());
  }

  /**
   * The selector of {@code functionName} as 2.9 stores it: the first 4 bytes of the chain's hash of
   * the name exactly as given (no canonical form), as an unsigned decimal.
   */
  public static String selectorOf(String functionName, HashFunction hash) {
    byte[] digest = hash.hash(functionName.getBytes(StandardCharsets.UTF_8));
    return selectorOf(digest);
  }

  /** The first 4 bytes of {@code data} (a selector) as an unsigned decimal. */
  public static String selectorOf(byte[] data) {
    return Integer.toUnsignedString(ByteBuffer.wrap(data, 0, 4).getInt());
  }

  /** The registration of the function with {@code selector} on {@code contract}, if any. */
  public static Optional<Registration> lookup(
      TableFactory tables, Address contract, String selector) {
    Optional<Table> table = tables.openTable(tableName(contract));
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<Entry> rows = table.get().select(KEY, Condition.all().eq(SELECTOR, selector));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Entry row = rows.get(0);
    return Optional.of(
        new Registration(row.getOrEmpty(FUNCTION_NAME), row.getOrEmpty(CRITICAL_SIZE)));
  }

  /** The contract's table, created (without a permission check, as 2.9 does) if missing. */
  static Table openOrCreate(TableFactory tables, Address contract) {
    String name = tableName(contract);
    return tables.openTable(name).orElseGet(() -> tables.createTable(name, KEY, VALUE_FIELDS));
  }
}
