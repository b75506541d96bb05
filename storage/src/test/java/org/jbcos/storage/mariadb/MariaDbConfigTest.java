package org.jbcos.storage.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MariaDbConfigTest {
  @Test
  void readsTheGroupStorageSection() {
    MariaDbConfig c =
        MariaDbConfig.fromStorageSection(
            Map.of(
                "type", "mysql",
                "db_ip", "10.0.0.5",
                "db_port", "3307",
                "db_username", "fisco",
                "db_passwd", "p@ss;word",
                "db_name", "bcos_group1",
                "max_connections", "8"));
    assertThat(c.host()).isEqualTo("10.0.0.5");
    assertThat(c.port()).isEqualTo(3307);
    assertThat(c.user()).isEqualTo("fisco");
    assertThat(c.password()).isEqualTo("p@ss;word");
    assertThat(c.maxConnections()).isEqualTo(8);
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:mariadb://10.0.0.5:3307/bcos_group1");
    assertThat(c.toString()).doesNotContain("p@ss");
  }

  @Test
  void readsATestUrl() {
    MariaDbConfig c =
        MariaDbConfig.fromJdbcUrl(
            "jdbc:mariadb://127.0.0.1:33061/jbcos_test?user=u&password=a%26b");
    assertThat(c.port()).isEqualTo(33061);
    assertThat(c.database()).isEqualTo("jbcos_test");
    assertThat(c.password()).isEqualTo("a&b");
    assertThat(MariaDbConfig.fromJdbcUrl("jdbc:mariadb://db/x").port()).isEqualTo(3306);
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> MariaDbConfig.fromStorageSection(Map.of("db_ip", "h")))
        .hasMessageContaining("db_name");
    assertThatThrownBy(() -> MariaDbConfig.of("h", 3306, "u", "p", "bad-name;"))
        .hasMessageContaining("db_name");
    assertThatThrownBy(() -> MariaDbConfig.fromJdbcUrl("jdbc:mysql://h/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
