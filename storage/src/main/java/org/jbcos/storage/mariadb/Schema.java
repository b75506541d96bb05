package org.jbcos.storage.mariadb;

import java.util.Set;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.TableInfo;

/**
 * The SQL of one table, as 2.x lays it out (node-design §4.7): {@code _id_} primary key, {@code
 * _num_}, {@code _status_}, the key column indexed, one column per value field.
 *
 * <p>Two deliberate differences: the key column is {@code VARBINARY(255)} rather than {@code
 * VARCHAR(255)}, so keys compare as exact bytes (no case folding, no trailing-space padding); and
 * value columns are {@code MEDIUMBLOB} (16 MB − 1, the value limit) for user and contract tables
 * and {@code LONGBLOB} for system tables, which hold whole blocks.
 */
final class Schema {
  /** The tables 2.x stores compressed (≥ 2.6.0). */
  private static final Set<String> COMPRESSED =
      Set.of(SystemTables.HASH_2_BLOCK, SystemTables.BLOCK_2_NONCES, SystemTables.CNS);

  static final String META_TABLE = "_jbcos_meta_";
  static final String LAST_BLOCK = "last_committed_block";

  private Schema() {}

  static String quote(String identifier) {
    // names are checked by NamingRules ([A-Za-z0-9$_@]), so there is no backquote to escape
    return "`" + identifier + "`";
  }

  static String createTable(TableInfo t) {
    String valueType = t.isSystem() ? "LONGBLOB" : "MEDIUMBLOB";
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(quote(t.name()));
    sql.append(" (`_id_` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,")
        .append(" `_num_` BIGINT NOT NULL,")
        .append(" `_status_` INT NOT NULL,")
        .append(' ')
        .append(quote(t.keyField()))
        .append(" VARBINARY(255) NOT NULL,");
    for (String f : t.valueFields()) {
      sql.append(' ').append(quote(f)).append(' ').append(valueType).append(',');
    }
    sql.append(" PRIMARY KEY (`_id_`),")
        .append(" KEY `jbcos_key` (")
        .append(quote(t.keyField()))
        .append("),")
        .append(" KEY `jbcos_num` (`_num_`)")
        .append(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    if (COMPRESSED.contains(t.name())) {
      sql.append(" ROW_FORMAT=COMPRESSED");
    }
    return sql.toString();
  }

  static String createMeta() {
    return "CREATE TABLE IF NOT EXISTS "
        + quote(META_TABLE)
        + " (`name` VARCHAR(64) NOT NULL PRIMARY KEY, `value` BIGINT NOT NULL) ENGINE=InnoDB";
  }

  static String select(TableInfo t) {
    return "SELECT "
        + columns(t)
        + " FROM "
        + quote(t.name())
        + " WHERE "
        + quote(t.keyField())
        + " = ? AND `_status_` = 0 ORDER BY `_id_`";
  }

  static String scan(TableInfo t) {
    return "SELECT "
        + columns(t)
        + " FROM "
        + quote(t.name())
        + " ORDER BY "
        + quote(t.keyField())
        + ", `_id_`";
  }

  static String replace(TableInfo t) {
    StringBuilder sql =
        new StringBuilder("REPLACE INTO ")
            .append(quote(t.name()))
            .append(" (")
            .append(columns(t))
            .append(") VALUES (?, ?, ?, ?");
    for (int i = 0; i < t.valueFields().size(); i++) {
      sql.append(", ?");
    }
    return sql.append(')').toString();
  }

  /** {@code _id_, _num_, _status_, key, values...}: the order every statement uses. */
  private static String columns(TableInfo t) {
    StringBuilder sb =
        new StringBuilder("`_id_`, `_num_`, `_status_`, ").append(quote(t.keyField()));
    for (String f : t.valueFields()) {
      sb.append(", ").append(quote(f));
    }
    return sb.toString();
  }
}
