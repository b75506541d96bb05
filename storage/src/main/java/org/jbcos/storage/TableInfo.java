package org.jbcos.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's schema: its name, key field and value fields, whether its changes go into the block's
 * state root ({@code hashed}, FISCO's enableConsensus) and whether reads may be cached.
 */
public record TableInfo(
    String name, String keyField, List<String> valueFields, boolean hashed, boolean cached) {
  public TableInfo {
    valueFields = List.copyOf(valueFields);
  }

  /** A user or contract table: hashed and cached. */
  public static TableInfo of(String name, String keyField, List<String> valueFields) {
    return new TableInfo(name, keyField, valueFields, true, true);
  }

  public boolean isSystem() {
    return name.startsWith(SystemTables.PREFIX);
  }

  /** The key field followed by the value fields. */
  public List<String> allFields() {
    List<String> all = new ArrayList<>(valueFields.size() + 1);
    all.add(keyField);
    all.addAll(valueFields);
    return all;
  }

  public boolean isValueField(String field) {
    return valueFields.contains(field);
  }

  public boolean hasField(String field) {
    return keyField.equals(field) || valueFields.contains(field);
  }

  /** The {@code value_field} column of {@code _sys_tables_}: the value fields joined by commas. */
  public String joinedValueFields() {
    return String.join(",", valueFields);
  }
}
