package org.jbcos.executor.precompiled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jbcos.storage.ErrorCode;
import org.jbcos.storage.NamingRules;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableException;

/**
 * The tables users create through TableFactory (0x1001) and KVTableFactory (0x1010), stored as
 * {@code u_<name>}, and 2.9's rules for creating them, checked in 2.9's order:
 *
 * <ol>
 *   <li>the key field and each comma-separated value field, trimmed, at most 64 bytes (−50003);
 *   <li>the table name of letters, digits, {@code $ _ @}; every field name of those and not
 *       starting with {@code _} (−50008); no field twice (−50007);
 *   <li>the value fields, joined by commas, at most 1024 bytes (−50004);
 *   <li>{@code u_<name>} at most 50 bytes (−50002), so the name at most 48;
 *   <li>no table of that name yet (−50001).
 * </ol>
 */
final class UserTables {
  static final String PREFIX = "u_";
  static final int FIELD_NAME_MAX_LENGTH = 64;
  static final int VALUE_FIELDS_MAX_LENGTH = 1024;
  static final int TABLE_NAME_MAX_LENGTH = 50;

  /** A user table's key value, in bytes. */
  static final int KEY_MAX_LENGTH = 255;

  /** A user table's field value, in bytes. */
  static final int VALUE_MAX_LENGTH = 16 * 1024 * 1024 - 1;

  private UserTables() {}

  /** Opens {@code u_<name>}, recording an OpenTable whether it exists or not. */
  static Optional<Table> open(SystemCall call, String name) {
    call.gas().record(PrecompiledGas.Operation.OPEN_TABLE);
    return call.tables().openTable(PREFIX + name);
  }

  /**
   * Creates the table {@code u_<name>}, recording a CreateTable when it is created.
   *
   * @param valueFields the value field names joined by commas
   * @return 0, or the negative code of the rule broken (nothing is created then)
   */
  static int create(SystemCall call, String name, String keyField, String valueFields) {
    String key = keyField.trim();
    List<String> values = new ArrayList<>();
    for (String f : valueFields.split(",", -1)) {
      values.add(f.trim());
    }
    int code = checkFields(name, key, values);
    if (code != 0) {
      return code;
    }
    String tableName = PREFIX + name;
    if (bytes(tableName) > TABLE_NAME_MAX_LENGTH) {
      return ErrorCode.TABLE_NAME_LENGTH_OVERFLOW.code();
    }
    if (call.tables().openTable(tableName).isPresent()) {
      return ErrorCode.TABLE_NAME_ALREADY_EXISTS.code();
    }
    try {
      if (TableWrites.createTable(call, tableName, key, values) < 0) {
        return ReturnCodes.NO_AUTHORIZED;
      }
      call.gas().record(PrecompiledGas.Operation.CREATE_TABLE);
      return 0;
    } catch (TableException e) {
      return e.code();
    }
  }

  private static int checkFields(String name, String key, List<String> values) {
    if (bytes(key) > FIELD_NAME_MAX_LENGTH
        || values.stream().anyMatch(f -> bytes(f) > FIELD_NAME_MAX_LENGTH)) {
      return ErrorCode.FIELD_NAME_LENGTH_OVERFLOW.code();
    }
    if (!isName(name) || !isFieldName(key)) {
      return ErrorCode.INVALID_NAME_OR_FIELD.code();
    }
    Set<String> seen = new HashSet<>(List.of(key));
    for (String f : values) {
      if (!seen.add(f)) {
        return ErrorCode.DUPLICATE_FIELD.code();
      }
      if (!isFieldName(f)) {
        return ErrorCode.INVALID_NAME_OR_FIELD.code();
      }
    }
    if (bytes(String.join(",", values)) > VALUE_FIELDS_MAX_LENGTH) {
      return ErrorCode.FIELD_NAMES_TOTAL_LENGTH_OVERFLOW.code();
    }
    return 0;
  }

  private static boolean isFieldName(String field) {
    return !field.isEmpty() && field.charAt(0) != '_' && isName(field);
  }

  /** Letters, digits, '$', '_' and '@' only; 2.9 lets an empty table name through. */
  private static boolean isName(String name) {
    return NamingRules.hasOnlyNameCharacters(name);
  }

  static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
