package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.Address;
import org.jbcos.executor.StorageWorldState;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * 0x1005: table write whitelists in {@code _sys_table_access_} (see {@link TableAccess}), as FISCO
 * 2.9's PermissionPrecompiled.
 *
 * <ul>
 *   <li>{@code insert(table, addr)} / {@code remove(table, addr)}: system tables by their name, any
 *       other name as the user table {@code u_<name>}. Writing needs the origin to pass {@code
 *       _sys_table_access_}'s own whitelist (the committee, once there is one), and that table
 *       itself is only managed through ChainGovernance ({@link ReturnCodes#COMMITTEE_PERMISSION}).
 *       A committee member cannot be made an operator (deploy/CNS) here, and cannot lose its config
 *       or consensus permission here.
 *   <li>{@code grantWrite(contract, user)} / {@code revokeWrite(contract, user)}: the whitelist of
 *       the contract's storage {@code c_<contract>}; only a manager of the contract (its deployer,
 *       see {@link AccountRows}) may change it.
 *   <li>{@code queryByName} / {@code queryPermission}: a JSON array of {@code {"address",
 *       "enable_num", "table_name"}}, rows not yet in force included.
 * </ul>
 */
public final class PermissionPrecompiled extends SystemContract {
  /** Permission table names (with their prefix) longer than this are refused. */
  static final int TABLE_NAME_MAX_LENGTH = 64;

  private static final Set<String> OPERATOR_TABLES = Set.of(SystemTables.TABLES, SystemTables.CNS);
  private static final Set<String> COMMITTEE_TABLES =
      Set.of(SystemTables.CONSENSUS, SystemTables.CONFIG);

  public PermissionPrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "permission",
        List.of(
            SystemFunction.writing(
                "insert(string,string) returns (int256)", hash, PermissionPrecompiled::insert),
            SystemFunction.writing(
                "remove(string,string) returns (int256)", hash, PermissionPrecompiled::remove),
            SystemFunction.reading(
                "queryByName(string) returns (string)", hash, PermissionPrecompiled::queryByName),
            SystemFunction.writing(
                "grantWrite(address,address) returns (int256)",
                hash,
                PermissionPrecompiled::grantWrite),
            SystemFunction.writing(
                "revokeWrite(address,address) returns (int256)",
                hash,
                PermissionPrecompiled::revokeWrite),
            SystemFunction.reading(
                "queryPermission(address) returns (string)",
                hash,
                PermissionPrecompiled::queryPermission)),
        metrics);
  }

  private static byte[] insert(SystemCall call) {
    return ReturnCodes.encode(insertCode(call, call.string(0), lower(call.string(1))));
  }

  private static int insertCode(SystemCall call, String tableName, String address) {
    if (tableName.equals(SystemTables.TABLE_ACCESS)) {
      return ReturnCodes.COMMITTEE_PERMISSION;
    }
    if (OPERATOR_TABLES.contains(tableName) && isCommitteeMember(call, address)) {
      return ReturnCodes.COMMITTEE_MEMBER_CANNOT_BE_OPERATOR;
    }
    String name = TableAccess.permissionTableName(tableName);
    if (!TableAccess.rowsOf(call.tables(), name, address).isEmpty()) {
      return ReturnCodes.TABLE_AND_ADDRESS_EXIST;
    }
    if (name.length() > TABLE_NAME_MAX_LENGTH) {
      return ReturnCodes.TABLE_NAME_OVERFLOW;
    }
    if (!TableAccess.isAddress(address)) {
      return ReturnCodes.INVALID_ADDRESS;
    }
    if (!call.mayWrite(SystemTables.TABLE_ACCESS)) {
      return ReturnCodes.NO_AUTHORIZED;
    }
    return TableAccess.grant(call.tables(), name, address, call.blockNumber());
  }

  private static byte[] remove(SystemCall call) {
    return ReturnCodes.encode(removeCode(call, call.string(0), lower(call.string(1))));
  }

  private static int removeCode(SystemCall call, String tableName, String address) {
    if (tableName.equals(SystemTables.TABLE_ACCESS)) {
      return ReturnCodes.COMMITTEE_PERMISSION;
    }
    if (COMMITTEE_TABLES.contains(tableName) && isCommitteeMember(call, address)) {
      return ReturnCodes.NO_AUTHORIZED;
    }
    String name = TableAccess.permissionTableName(tableName);
    if (TableAccess.rowsOf(call.tables(), name, address).isEmpty()) {
      return ReturnCodes.TABLE_AND_ADDRESS_NOT_EXIST;
    }
    if (!call.mayWrite(SystemTables.TABLE_ACCESS)) {
      return ReturnCodes.NO_AUTHORIZED;
    }
    return TableAccess.revoke(call.tables(), name, address);
  }

  private static byte[] grantWrite(SystemCall call) {
    Address contract = call.address(0);
    String user = AccountRows.hexPrefixed(call.address(1));
    String name = StorageWorldState.tableName(contract);
    if (!TableAccess.rowsOf(call.tables(), name, user).isEmpty()) {
      return ReturnCodes.encode(ReturnCodes.TABLE_AND_ADDRESS_EXIST);
    }
    Optional<Table> table = AccountRows.table(call.tables(), contract);
    if (table.isEmpty()) {
      return ReturnCodes.encode(ReturnCodes.CONTRACT_NOT_EXIST);
    }
    if (!AccountRows.isAuthority(table.get(), call.origin())) {
      return ReturnCodes.encode(ReturnCodes.NO_AUTHORIZED);
    }
    return ReturnCodes.encode(TableAccess.grant(call.tables(), name, user, call.blockNumber()));
  }

  private static byte[] revokeWrite(SystemCall call) {
    Address contract = call.address(0);
    String user = AccountRows.hexPrefixed(call.address(1));
    String name = StorageWorldState.tableName(contract);
    if (TableAccess.rowsOf(call.tables(), name, user).isEmpty()) {
      return ReturnCodes.encode(ReturnCodes.TABLE_AND_ADDRESS_NOT_EXIST);
    }
    boolean manager =
        AccountRows.table(call.tables(), contract)
            .map(t -> AccountRows.isAuthority(t, call.origin()))
            .orElse(false);
    if (!manager) {
      return ReturnCodes.encode(ReturnCodes.NO_AUTHORIZED);
    }
    return ReturnCodes.encode(TableAccess.revoke(call.tables(), name, user));
  }

  private static byte[] queryByName(SystemCall call) {
    return AbiOutput.string(permissionsJson(call, TableAccess.permissionTableName(call.string(0))));
  }

  private static byte[] queryPermission(SystemCall call) {
    return AbiOutput.string(permissionsJson(call, StorageWorldState.tableName(call.address(0))));
  }

  private static String permissionsJson(SystemCall call, String tableName) {
    List<Map<String, String>> rows =
        TableAccess.rows(call.tables(), tableName).stream()
            .map(
                (Entry row) ->
                    Map.of(
                        SystemTables.TABLE_NAME_FIELD,
                        tableName,
                        TableAccess.ADDRESS,
                        row.getOrEmpty(TableAccess.ADDRESS),
                        TableAccess.ENABLE_NUM,
                        row.getOrEmpty(TableAccess.ENABLE_NUM)))
            .toList();
    return JsonText.of(rows);
  }

  /** Whether {@code address} (as written, "0x" and lower case) is a committee member. */
  static boolean isCommitteeMember(SystemCall call, String address) {
    return !TableAccess.rowsOf(call.tables(), SystemTables.TABLE_ACCESS, address).isEmpty();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
