package org.jbcos.executor.precompiled;

import java.util.List;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;

/**
 * Every table write the table contracts make for a caller goes through here: creating a user table
 * (TableFactory, KVTableFactory), CRUD insert/update/remove, the Table object's
 * insert/update/remove, KVTable set, and CNS registration into {@code _sys_cns_}. This is the one
 * place for the 2.x table-access check ({@code _sys_table_access_}, −50000 "permission denied"),
 * which is not implemented yet: every caller may write.
 */
final class TableWrites {
  private TableWrites() {}

  /** Creates {@code name} (the storage name, e.g. {@code u_t}) with its schema row. */
  static void createTable(SystemCall call, String name, String keyField, List<String> valueFields) {
    call.tables().createTable(name, keyField, valueFields);
  }

  /** Appends a row; returns 1. */
  static int insert(SystemCall call, Table table, String key, Entry entry) {
    return table.insert(key, entry);
  }

  /** Sets the entry's fields on the matching rows; returns their number. */
  static int update(SystemCall call, Table table, String key, Entry entry, Condition condition) {
    return table.update(key, entry, condition);
  }

  /** Removes the matching rows; returns their number. */
  static int remove(SystemCall call, Table table, String key, Condition condition) {
    return table.remove(key, condition);
  }
}
