package org.jbcos.storage;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The 2.x (≥ 2.2.0) naming and size rules of tables, fields, keys and values. */
public final class NamingRules {
  /** Any table name, prefix included. */
  public static final int TABLE_NAME_MAX_LENGTH = 64;

  /** A user table name as CRUD takes it, before the {@code u_} prefix. */
  public static final int USER_TABLE_NAME_MAX_LENGTH = 50;

  public static final int FIELD_NAME_MAX_LENGTH = 64;

  /** The comma-joined value field names, as stored in {@code _sys_tables_.value_field}. */
  public static final int VALUE_FIELDS_TOTAL_MAX_LENGTH = 1024;

  /** A key value, in bytes (UTF-8). */
  public static final int KEY_MAX_LENGTH = 255;

  /** A field value of a user or contract table, in bytes. System tables hold whole blocks. */
  public static final int VALUE_MAX_LENGTH = 16 * 1024 * 1024 - 1;

  /** CNS contract name and version. */
  public static final int CNS_NAME_MAX_LENGTH = 128;

  public static final String USER_TABLE_PREFIX = "u_";
  public static final String CONTRACT_TABLE_PREFIX = "c_";

  /** Names this implementation keeps for its own bookkeeping. */
  static final String RESERVED_PREFIX = "_jbcos";

  private NamingRules() {}

  /** The storage name of a CRUD/KV user table, {@code u_<name>}, after checking its length. */
  public static String userTableName(String name) {
    checkName(name, "table name");
    if (name.length() > USER_TABLE_NAME_MAX_LENGTH) {
      throw new TableException(
          ErrorCode.TABLE_NAME_LENGTH_OVERFLOW,
          "user table name longer than " + USER_TABLE_NAME_MAX_LENGTH + ": " + name.length());
    }
    return USER_TABLE_PREFIX + name;
  }

  /** The storage name of a contract's state table, {@code c_<address hex without 0x>}. */
  public static String contractTableName(String addressHex) {
    String hex = addressHex.startsWith("0x") ? addressHex.substring(2) : addressHex;
    return CONTRACT_TABLE_PREFIX + hex.toLowerCase(java.util.Locale.ROOT);
  }

  public static void checkTableName(String name) {
    checkName(name, "table name");
    if (name.length() > TABLE_NAME_MAX_LENGTH) {
      throw new TableException(
          ErrorCode.TABLE_NAME_LENGTH_OVERFLOW,
          "table name longer than " + TABLE_NAME_MAX_LENGTH + ": " + name);
    }
    if (name.startsWith(RESERVED_PREFIX)) {
      throw new TableException(ErrorCode.INVALID_NAME_OR_FIELD, "reserved table name: " + name);
    }
  }

  /** Checks the key field and value field names of a table about to be created. */
  public static void checkFields(String keyField, List<String> valueFields) {
    Set<String> seen = new HashSet<>();
    checkFieldName(keyField);
    seen.add(keyField);
    for (String f : valueFields) {
      checkFieldName(f);
      if (!seen.add(f)) {
        throw new TableException(ErrorCode.DUPLICATE_FIELD, f);
      }
    }
    int total = String.join(",", valueFields).length();
    if (total > VALUE_FIELDS_TOTAL_MAX_LENGTH) {
      throw new TableException(
          ErrorCode.FIELD_NAMES_TOTAL_LENGTH_OVERFLOW,
          "value fields take " + total + " characters, at most " + VALUE_FIELDS_TOTAL_MAX_LENGTH);
    }
  }

  public static void checkFieldName(String field) {
    checkName(field, "field name");
    if (field.charAt(0) == '_') {
      throw new TableException(
          ErrorCode.INVALID_NAME_OR_FIELD, "field name must not start with '_': " + field);
    }
    if (field.length() > FIELD_NAME_MAX_LENGTH) {
      throw new TableException(
          ErrorCode.FIELD_NAME_LENGTH_OVERFLOW,
          "field name longer than " + FIELD_NAME_MAX_LENGTH + ": " + field);
    }
  }

  /** Checks a key value and returns its UTF-8 bytes. */
  public static byte[] checkKey(String key) {
    if (key == null) {
      throw new TableException(ErrorCode.KEY_VALUE_LENGTH_OVERFLOW, "null key");
    }
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > KEY_MAX_LENGTH) {
      throw new TableException(
          ErrorCode.KEY_VALUE_LENGTH_OVERFLOW,
          "key of " + bytes.length + " bytes, at most " + KEY_MAX_LENGTH);
    }
    return bytes;
  }

  /** Checks a field value for the given table: at most 16 MB − 1 outside the system tables. */
  public static void checkValue(TableInfo table, String field, byte[] value) {
    if (!table.isSystem() && value.length > VALUE_MAX_LENGTH) {
      throw new TableException(
          ErrorCode.FIELD_VALUE_LENGTH_OVERFLOW,
          field + " has " + value.length + " bytes, at most " + VALUE_MAX_LENGTH);
    }
  }

  /** Whether a field goes into the state root: its name neither starts nor ends with '_'. */
  public static boolean isHashField(String field) {
    return !field.isEmpty() && field.charAt(0) != '_' && field.charAt(field.length() - 1) != '_';
  }

  /** Whether {@code name} holds only letters, digits, '$', '_' and '@' (true when empty). */
  public static boolean hasOnlyNameCharacters(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '$'
              || c == '_'
              || c == '@';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static void checkName(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw new TableException(ErrorCode.INVALID_NAME_OR_FIELD, "empty " + what);
    }
    if (!hasOnlyNameCharacters(name)) {
      throw new TableException(
          ErrorCode.INVALID_NAME_OR_FIELD,
          what + " may hold only letters, digits, '$', '_' and '@': " + name);
    }
  }
}
