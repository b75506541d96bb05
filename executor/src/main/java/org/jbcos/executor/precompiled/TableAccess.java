package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jbcos.evm.Address;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableFactory;

/**
 * FISCO 2.x table write permissions: {@code _sys_table_access_} holds, per table name, the
 * addresses allowed to write it (fields {@code address}, {@code enable_num}). A write by a
 * transaction is allowed when the table's whitelist in force ({@code enable_num} ≤ the block) is
 * empty or lists the transaction's origin; reads are never restricted.
 *
 * <p>Every table write made for a transaction goes through {@link #allows} first: system config,
 * consensus, permission rows, contract deployment ({@code _sys_tables_}), contract storage ({@code
 * c_<address>}), and user tables ({@code u_<name>}).
 */
public final class TableAccess {
  public static final String ADDRESS = "address";
  public static final String ENABLE_NUM = "enable_num";

  /** The tables FISCO names as is; any other name given to Permission is a user table. */
  public static final Set<String> SYSTEM_TABLE_NAMES =
      Set.of(
          SystemTables.TABLE_ACCESS,
          SystemTables.CONSENSUS,
          SystemTables.TABLES,
          SystemTables.CNS,
          SystemTables.CONFIG);

  private static final Pattern ADDRESS_TEXT = Pattern.compile("(0[xX])?[0-9a-fA-F]{40}");

  private TableAccess() {}

  /**
   * Whether a transaction sent by {@code origin} may write {@code tableName} in block {@code
   * blockNumber}; when it may not, the write returns {@link ReturnCodes#NO_AUTHORIZED} and changes
   * nothing.
   */
  public static boolean allows(
      TableFactory tables, String tableName, Address origin, long blockNumber) {
    return allows(whitelist(tables, tableName, blockNumber), origin);
  }

  /** Whether {@code origin} may write a table whose whitelist in force is {@code whitelist}. */
  public static boolean allows(Set<String> whitelist, Address origin) {
    return whitelist.isEmpty() || whitelist.contains(origin.toHex().substring(2));
  }

  /**
   * The addresses (40 lowercase hex digits) allowed to write {@code tableName} in block {@code
   * blockNumber}; empty when anyone may.
   */
  public static Set<String> whitelist(TableFactory tables, String tableName, long blockNumber) {
    return table(tables).select(tableName, Condition.all().le(ENABLE_NUM, blockNumber)).stream()
        .map(row -> normalized(row.getOrEmpty(ADDRESS)))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The rows of {@code tableName}'s whitelist, including those not in force yet. */
  public static List<Entry> rows(TableFactory tables, String tableName) {
    return table(tables).select(tableName, Condition.all());
  }

  /** The rows of {@code tableName}'s whitelist whose address is exactly {@code address}. */
  public static List<Entry> rowsOf(TableFactory tables, String tableName, String address) {
    return table(tables).select(tableName, Condition.all().eq(ADDRESS, address));
  }

  /** Adds {@code address} to {@code tableName}'s whitelist from the next block on. */
  public static int grant(TableFactory tables, String tableName, String address, long blockNumber) {
    Entry row =
        Entry.of(
            SystemTables.TABLE_NAME_FIELD,
            tableName,
            ADDRESS,
            address,
            ENABLE_NUM,
            Long.toString(blockNumber + 1));
    return table(tables).insert(tableName, row);
  }

  /** Removes {@code address} from {@code tableName}'s whitelist; returns the rows removed. */
  public static int revoke(TableFactory tables, String tableName, String address) {
    return table(tables).remove(tableName, Condition.all().eq(ADDRESS, address));
  }

  /** Whether {@code text} is an address as FISCO parses one: 40 hex digits, "0x" optional. */
  public static boolean isAddress(String text) {
    return ADDRESS_TEXT.matcher(text).matches();
  }

  /** The name Permission uses for {@code name}: system tables as is, user tables with "u_". */
  public static String permissionTableName(String name) {
    return SYSTEM_TABLE_NAMES.contains(name) ? name : "u_" + name;
  }

  private static String normalized(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    return lower.startsWith("0x") ? lower.substring(2) : lower;
  }

  static Table table(TableFactory tables) {
    return tables
        .openTable(SystemTables.TABLE_ACCESS)
        .orElseThrow(() -> new IllegalStateException("no " + SystemTables.TABLE_ACCESS));
  }
}
