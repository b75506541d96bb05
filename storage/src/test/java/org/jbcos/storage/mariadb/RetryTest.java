package org.jbcos.storage.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.storage.StorageException;
import org.junit.jupiter.api.Test;

class RetryTest {
  private final List<Duration> sleeps = new ArrayList<>();
  private final Retry retry = new Retry(4, Duration.ofMillis(100), sleeps::add, "MariaDB x@h:1/db");

  @Test
  void aLostConnectionIsRetriedWithGrowingPauses() {
    int[] calls = {0};
    String result =
        retry.run(
            "committing block 7",
            attempt -> {
              calls[0]++;
              if (attempt < 3) {
                throw new SQLNonTransientConnectionException("socket closed", "08000");
              }
              return "ok";
            });
    assertThat(result).isEqualTo("ok");
    assertThat(calls[0]).isEqualTo(4);
    assertThat(sleeps)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void afterTheLastRetryTheNodeMustStop() {
    assertThatThrownBy(
            () ->
                retry.run(
                    "committing block 7",
                    attempt -> {
                      throw new SQLException("Connection killed", "70100", 1927);
                    }))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("committing block 7 failed 5 times")
        .hasMessageContaining("unreachable")
        .hasMessageContaining("Stopping");
    assertThat(sleeps).hasSize(4);
  }

  @Test
  void otherErrorsFailAtOnce() {
    assertThatThrownBy(
            () ->
                retry.run(
                    "reading u_t",
                    attempt -> {
                      throw new SQLSyntaxErrorException("bad SQL", "42000", 1064);
                    }))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("reading u_t failed: SQLSyntaxErrorException 42000/1064");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void deadlocksAndTimeoutsAreTransient() {
    assertThat(Retry.isRetryable(new SQLException("deadlock", "40001", 1213))).isTrue();
    assertThat(Retry.isRetryable(new SQLException("lock wait", "HY000", 1205))).isTrue();
    assertThat(Retry.isRetryable(new SQLException("gone", "HY000", 2006))).isTrue();
    assertThat(Retry.isRetryable(new SQLException("dup", "23000", 1062))).isFalse();
  }
}
