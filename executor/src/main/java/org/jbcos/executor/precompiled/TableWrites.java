package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.function.IntSupplier;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * Every table write the table contracts make for a caller goes through {@link #write}: creating a
 * user table (TableFactory, KVTableFactory; the table written is {@code _sys_tables_}), CRUD
 * insert/update/remove, the Table object's insert/update/remove, KVTable set, and CNS registration
 * into {@code _sys_cns_}. That method asks {@link TableAccess#allows} first: a write the table's
 * whitelist in {@code _sys_table_access_} refuses to the transaction's origin returns {@link
 * ReturnCodes#NO_AUTHORIZED} (−50000) and writes nothing.
 */
final class TableWrites {
  private TableWrites() {}

  /**
   * Creates {@code name} (the storage name, e.g. {@code u_t}) with its schema row; returns 1, or
   * −50000 when the origin may not write {@code _sys_tables_}.
   */
  static int createTable(SystemCall call, String name, String keyField, List<String> valueFields) {
    return write(
        call,
        SystemTables.TABLES,
        () -> {
          call.tables().createTable(name, keyField, valueFields);
          return 1;
        });
  }

  /** Appends a row; returns 1. */
  static int insert(SystemCall call, Table table, String key, Entry entry) {
    return write(call, table.info().name(), () -> table.insert(key, entry));
  }

  /** Sets the entry's fields on the matching rows; returns their number. */
  static int update(SystemCall call, Table table, String key, Entry entry, Condition condition) {
    return write(call, table.info().name(), () -> table.update(key, entry, condition));
  }

  /** Removes the matching rows; returns their number. */
  static int remove(SystemCall call, Table table, String key, Condition condition) {
    return write(call, table.info().name(), () -> table.remove(key, condition));
  }

  /**
   * Makes the write {@code change} to {@code tableName} for {@code call}'s caller (its sender and
   * origin) and returns the rows written, or −50000 when the origin may not write the table.
   */
  private static int write(SystemCall call, String tableName, IntSupplier change) {
    if (!call.mayWrite(tableName)) {
      return ReturnCodes.NO_AUTHORIZED;
    }
    return change.getAsInt();
  }
}
