package org.jbcos.storage;

/**
 * The FISCO BCOS 2.x error codes of the table layer, as precompiled contracts return them (negative
 * int256 in the output).
 */
public enum ErrorCode {
  NO_AUTHORIZED(-50000, "permission denied"),
  TABLE_NAME_ALREADY_EXISTS(-50001, "table name already exists"),
  TABLE_NAME_LENGTH_OVERFLOW(-50002, "table name length overflow"),
  FIELD_NAME_LENGTH_OVERFLOW(-50003, "table field name length overflow"),
  FIELD_NAMES_TOTAL_LENGTH_OVERFLOW(-50004, "total length of field names overflow"),
  KEY_VALUE_LENGTH_OVERFLOW(-50005, "key/value length overflow"),
  FIELD_VALUE_LENGTH_OVERFLOW(-50006, "field value length overflow"),
  DUPLICATE_FIELD(-50007, "duplicated field"),
  INVALID_NAME_OR_FIELD(-50008, "invalid table name or field name"),
  TABLE_NOT_EXIST(-50100, "table does not exist"),
  UPDATE_KEY_NOT_ALLOWED(-51503, "updating the table key is not allowed");

  private final int code;
  private final String description;

  ErrorCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }
}
