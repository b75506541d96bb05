package org.jbcos.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The 2.9 system tables, their schemas and whether they are hashed into the state root. */
public final class SystemTables {
  public static final String PREFIX = "_sys_";

  public static final String TABLES = "_sys_tables_";
  public static final String CONSENSUS = "_sys_consensus_";
  public static final String TABLE_ACCESS = "_sys_table_access_";
  public static final String CURRENT_STATE = "_sys_current_state_";
  public static final String CONFIG = "_sys_config_";
  public static final String NUMBER_2_HASH = "_sys_number_2_hash_";
  public static final String TX_HASH_2_BLOCK = "_sys_tx_hash_2_block_";
  public static final String HASH_2_BLOCK = "_sys_hash_2_block_";
  public static final String BLOCK_2_NONCES = "_sys_block_2_nonces_";
  public static final String HASH_2_HEADER = "_sys_hash_2_header_";
  public static final String CNS = "_sys_cns_";

  /** Keys of {@code _sys_current_state_}. */
  public static final String KEY_CURRENT_NUMBER = "current_number";

  public static final String KEY_TOTAL_TRANSACTION_COUNT = "total_transaction_count";
  public static final String KEY_TOTAL_FAILED_TRANSACTION_COUNT = "total_failed_transaction_count";

  /** The last {@code _id_} given out; written by the block layer at every commit. */
  public static final String KEY_CURRENT_ID = "current_id";

  /** Key field and value fields of {@code _sys_tables_}. */
  public static final String TABLE_NAME_FIELD = "table_name";

  public static final String KEY_FIELD_FIELD = "key_field";
  public static final String VALUE_FIELD_FIELD = "value_field";

  private static final List<TableInfo> ALL =
      List.of(
          info(TABLES, TABLE_NAME_FIELD, true, true, KEY_FIELD_FIELD, VALUE_FIELD_FIELD),
          info(CONSENSUS, "name", true, true, "type", "node_id", "enable_num"),
          info(TABLE_ACCESS, TABLE_NAME_FIELD, true, true, "address", "enable_num"),
          info(CURRENT_STATE, "key", false, true, "value"),
          info(CONFIG, "key", true, true, "value", "enable_num"),
          info(NUMBER_2_HASH, "number", true, true, "value"),
          info(TX_HASH_2_BLOCK, "hash", false, false, "value", "index"),
          info(HASH_2_BLOCK, "hash", false, true, "value"),
          info(BLOCK_2_NONCES, "number", false, true, "value"),
          info(HASH_2_HEADER, "hash", false, true, "value", "sigs"),
          info(CNS, "name", true, true, "version", "address", "abi"));

  private static final Map<String, TableInfo> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(TableInfo::name, Function.identity()));

  private SystemTables() {}

  /** Every built-in system table (not the ones created on first use, like committee votes). */
  public static List<TableInfo> all() {
    return ALL;
  }

  public static Optional<TableInfo> info(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static boolean isBuiltIn(String name) {
    return BY_NAME.containsKey(name);
  }

  private static TableInfo info(
      String name, String key, boolean hashed, boolean cached, String... values) {
    return new TableInfo(name, key, Stream.of(values).toList(), hashed, cached);
  }
}
