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
 * into {@code _sys_cns_}. That method is the one place for 2.x's table-access check ({@code
 * _sys_table_access_}, −50000 "permission denied"), which is not implemented yet: every caller may
 * write.
 */
final class TableWrites {
  private TableWrites() {}

  /** Creates {@code name} (the storage name, e.g. {@code u_t}) with its schema row. */
  static void createTable(SystemCall call, String name, String keyField, List<String> valueFields) {
    write(
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
   * origin) and returns the rows written.
   */
  private static int write(SystemCall call, String tableName, IntSupplier change) {
    return change.getAsInt();
  }
}
