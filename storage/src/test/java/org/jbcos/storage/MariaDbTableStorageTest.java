package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.jbcos.storage.mariadb.MariaDbConfig;
import org.jbcos.storage.mariadb.MariaDbTableStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract on MariaDB, when {@code JBCOS_TEST_MYSQL_URL} names a server. */
class MariaDbTableStorageTest extends TableStorageContractTest {
  private MariaDbConfig config;

  @Override
  protected TableStorage create() {
    MariaDbTestSupport.assumeAvailable("the table storage contract test");
    config = MariaDbTestSupport.freshDatabase();
    return MariaDbTableStorage.open(config);
  }

  @Override
  protected TableStorage reopen(TableStorage current) {
    current.close();
    return MariaDbTableStorage.open(config);
  }

  @AfterEach
  void dropDatabase() {
    if (storage != null) {
      storage.close();
    }
    if (config != null) {
      MariaDbTestSupport.drop(config);
    }
  }

  @Test
  void lostConnectionsAreRetriedAndTheBlockCommits() throws Exception {
    block(0, f -> f.createTable("u_t", "k", List.of("v")));
    block(1, f -> table(f, "u_t").insert("a", Entry.of("v", "1")));
    assertThat(MariaDbTestSupport.killConnections(config)).isPositive();
    block(2, f -> table(f, "u_t").insert("b", Entry.of("v", "2")));
    MariaDbTestSupport.killConnections(config);
    assertThat(storage.select(TableInfo.of("u_t", "k", List.of("v")), "b")).hasSize(1);
    assertThat(storage.lastCommittedBlock()).isEqualTo(2);
  }

  @Test
  void anUnreachableServerIsAClearFatalError() {
    MariaDbConfig nowhere =
        MariaDbConfig.of("127.0.0.1", 1, "nobody", "x", "jbcos_nowhere")
            .withRetries(1, Duration.ofMillis(10));
    assertThatThrownBy(() -> MariaDbTableStorage.open(nowhere))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("127.0.0.1:1/jbcos_nowhere")
        .hasMessageNotContaining("x@");
  }

  @Test
  void twoStoresOnOneDatabaseCannotBothCommit() {
    block(0, f -> f.createTable("u_t", "k", List.of("v")));
    try (MariaDbTableStorage other = MariaDbTableStorage.open(config)) {
      assertThat(other.lastCommittedBlock()).isZero();
      block(1, f -> table(f, "u_t").insert("a", Entry.of("v", "1")));
      assertThatThrownBy(() -> other.commit(1, List.of()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("another writer");
    }
  }
}
