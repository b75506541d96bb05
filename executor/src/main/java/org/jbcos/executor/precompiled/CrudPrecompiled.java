package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Optional;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.ErrorCode;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * 0x1002, CRUD: the user tables {@code u_<name>} with entries and conditions as JSON ({@link
 * CrudJson}), as the SDK's {@code TableCRUDService} uses them. The last string argument of each
 * write ("optional") is ignored, as in 2.9.
 *
 * <ul>
 *   <li>{@code insert(table, key, entry, optional)}, {@code update(table, key, entry, condition,
 *       optional)}, {@code remove(table, key, condition, optional)} return the rows written, or a
 *       code: −50100 no such table, −51500 entry not parsed, −51501 condition not parsed, −51502
 *       unknown operation, −51503 update of the key field, −50005 a key over 255 bytes (insert) or
 *       a value over 16 MB − 1. Insert writes the key given, whatever the entry's key field says.
 *   <li>{@code select(table, key, condition, optional) returns (string)}: a JSON array of the rows
 *       (key field and value fields), or a code word as above; {@code _sys_tables_} may be read by
 *       its own name.
 *   <li>{@code desc(table) returns (string keyField, string valueFields)}: the schema, or two empty
 *       strings.
 * </ul>
 *
 * A field the table does not have fails the call, as 2.9 throws there. Writes go through {@link
 * TableWrites}.
 */
final class CrudPrecompiled extends SystemContract {

  CrudPrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "CRUD",
        List.of(
            SystemFunction.writing(
                "insert(string,string,string,string) returns (int256)",
                hash,
                CrudPrecompiled::insert),
            SystemFunction.writing(
                "update(string,string,string,string,string) returns (int256)",
                hash,
                CrudPrecompiled::update),
            SystemFunction.writing(
                "remove(string,string,string,string) returns (int256)",
                hash,
                CrudPrecompiled::remove),
            SystemFunction.reading(
                "select(string,string,string,string) returns (string)",
                hash,
                CrudPrecompiled::select),
            SystemFunction.reading(
                "desc(string) returns (string,string)", hash, CrudPrecompiled::desc)),
        metrics);
  }

  private static byte[] insert(SystemCall c) {
    String key = c.string(1);
    if (UserTables.bytes(key) > UserTables.KEY_MAX_LENGTH) {
      return ReturnCodes.encode(ErrorCode.KEY_VALUE_LENGTH_OVERFLOW.code());
    }
    Optional<Table> table = UserTables.open(c, c.string(0));
    if (table.isEmpty()) {
      return ReturnCodes.encode(ErrorCode.TABLE_NOT_EXIST.code());
    }
    try {
      Entry entry = CrudJson.entry(c.string(2));
      if (hasValueTooLong(entry)) {
        return ReturnCodes.encode(ErrorCode.KEY_VALUE_LENGTH_OVERFLOW.code());
      }
      String keyField = table.get().info().keyField();
      int rows = TableWrites.insert(c, table.get(), key, without(entry, keyField));
      if (rows > 0) {
        // 2.9 sets the key field on the entry it inserts before measuring it
        c.gas().record(PrecompiledGas.Operation.INSERT, rows);
        c.gas()
            .raiseMemory(
                PrecompiledGas.capacity(entry.toBuilder().set(keyField, key).build()) * rows);
      }
      return ReturnCodes.encode(rows);
    } catch (CrudJson.Invalid e) {
      return ReturnCodes.encode(e.code());
    }
  }

  private static byte[] update(SystemCall c) {
    Optional<Table> table = UserTables.open(c, c.string(0));
    if (table.isEmpty()) {
      return ReturnCodes.encode(ErrorCode.TABLE_NOT_EXIST.code());
    }
    try {
      Entry entry = CrudJson.entry(c.string(2));
      if (entry.has(table.get().info().keyField())) {
        return ReturnCodes.encode(ErrorCode.UPDATE_KEY_NOT_ALLOWED.code());
      }
      Condition condition = CrudJson.condition(c.string(3), c.gas());
      if (hasValueTooLong(entry)) {
        return ReturnCodes.encode(ErrorCode.KEY_VALUE_LENGTH_OVERFLOW.code());
      }
      int rows = TableWrites.update(c, table.get(), c.string(1), entry, condition);
      if (rows > 0) {
        c.gas().raiseMemory(PrecompiledGas.capacity(entry) * rows);
        c.gas().record(PrecompiledGas.Operation.UPDATE, rows);
      }
      return ReturnCodes.encode(rows);
    } catch (CrudJson.Invalid e) {
      return ReturnCodes.encode(e.code());
    }
  }

  private static byte[] remove(SystemCall c) {
    Optional<Table> table = UserTables.open(c, c.string(0));
    if (table.isEmpty()) {
      return ReturnCodes.encode(ErrorCode.TABLE_NOT_EXIST.code());
    }
    try {
      Condition condition = CrudJson.condition(c.string(2), c.gas());
      int rows = TableWrites.remove(c, table.get(), c.string(1), condition);
      if (rows > 0) {
        c.gas().record(PrecompiledGas.Operation.REMOVE, rows);
      }
      return ReturnCodes.encode(rows);
    } catch (CrudJson.Invalid e) {
      return ReturnCodes.encode(e.code());
    }
  }

  private static byte[] select(SystemCall c) {
    String name = c.string(0);
    Optional<Table> table =
        name.equals(SystemTables.TABLES) ? sysTables(c) : UserTables.open(c, name);
    if (table.isEmpty()) {
      return ReturnCodes.encode(ErrorCode.TABLE_NOT_EXIST.code());
    }
    try {
      Condition condition = CrudJson.condition(c.string(2), c.gas());
      List<Entry> rows = table.get().select(c.string(1), condition);
      c.gas().record(PrecompiledGas.Operation.SELECT, rows.size());
      return Outputs.string(CrudJson.rows(rows));
    } catch (CrudJson.Invalid e) {
      return ReturnCodes.encode(e.code());
    }
  }

  private static byte[] desc(SystemCall c) {
    Table tables =
        sysTables(c).orElseThrow(() -> new IllegalStateException("no " + SystemTables.TABLES));
    List<Entry> schema = tables.select(UserTables.PREFIX + c.string(0));
    c.gas().record(PrecompiledGas.Operation.SELECT, schema.size());
    if (schema.isEmpty()) {
      return Outputs.strings("", "");
    }
    Entry row = schema.get(0);
    return Outputs.strings(
        row.getOrEmpty(SystemTables.KEY_FIELD_FIELD),
        row.getOrEmpty(SystemTables.VALUE_FIELD_FIELD));
  }

  private static Optional<Table> sysTables(SystemCall c) {
    c.gas().record(PrecompiledGas.Operation.OPEN_TABLE);
    return c.tables().openTable(SystemTables.TABLES);
  }

  private static boolean hasValueTooLong(Entry entry) {
    return entry.names().stream()
        .anyMatch(n -> UserTables.bytes(entry.getOrEmpty(n)) > UserTables.VALUE_MAX_LENGTH);
  }

  private static Entry without(Entry entry, String field) {
    Entry.Builder b = Entry.builder();
    for (String name : entry.names()) {
      if (!name.equals(field)) {
        b.set(name, entry.getOrEmpty(name));
      }
    }
    return b.build();
  }

  @Override
  protected boolean inputCountsAsMemory() {
    return true;
  }
}
