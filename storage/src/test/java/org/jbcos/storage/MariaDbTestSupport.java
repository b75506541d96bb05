package org.jbcos.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbcos.storage.mariadb.MariaDbConfig;
import org.junit.jupiter.api.Assumptions;

/**
 * The MariaDB server the tests use: {@code JBCOS_TEST_MYSQL_URL}, e.g. {@code
 * jdbc:mariadb://127.0.0.1:3306/jbcos_test?user=root&password=secret}, whose user may create and
 * drop databases. {@code .ci/run} starts one. Without it the MariaDB tests are skipped, loudly.
 */
final class MariaDbTestSupport {
  static final String ENV = "JBCOS_TEST_MYSQL_URL";
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String RUN = Long.toString(ProcessHandle.current().pid());

  private MariaDbTestSupport() {}

  static boolean available() {
    String url = System.getenv(ENV);
    return url != null && !url.isBlank();
  }

  private static final java.util.Set<String> ANNOUNCED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Skips the calling test (call it before each test, so that each shows as skipped), saying so on
   * stderr once per suite and in the JUnit report.
   */
  static void assumeAvailable(String what) {
    if (!available()) {
      String message =
          "\n"
              + "************************************************************************\n"
              + "*  SKIPPED: "
              + what
              + " against MariaDB.\n"
              + "*  "
              + ENV
              + " is not set. Set it to a server whose user may create\n"
              + "*  databases, e.g. jdbc:mariadb://127.0.0.1:3306/jbcos_test?user=root&password=x\n"
              + "*  (.ci/run installs and starts one).\n"
              + "************************************************************************";
      if (ANNOUNCED.add(what)) {
        System.err.println(message);
      }
      Assumptions.assumeTrue(false, message);
    }
  }

  /** A database of its own for one test: {@code <database in the URL>_<pid>_<n>}. */
  static MariaDbConfig freshDatabase() {
    MariaDbConfig base = MariaDbConfig.fromJdbcUrl(System.getenv(ENV));
    return base.withDatabase(base.database() + "_" + RUN + "_" + NEXT.incrementAndGet());
  }

  static void drop(MariaDbConfig config) {
    try (Connection c =
            DriverManager.getConnection(config.serverUrl(), config.user(), config.password());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + config.database() + "`");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test database " + config.database(), e);
    }
  }

  /** Kills every session on the test database but the caller's: a lost connection. */
  static int killConnections(MariaDbConfig config) throws SQLException {
    int killed = 0;
    try (Connection c =
            DriverManager.getConnection(config.serverUrl(), config.user(), config.password());
        Statement s = c.createStatement()) {
      java.util.List<Long> ids = new java.util.ArrayList<>();
      try (var rs =
          s.executeQuery(
              "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '"
                  + config.database()
                  + "' AND ID <> CONNECTION_ID()")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      for (long id : ids) {
        try {
          s.execute("KILL " + id);
          killed++;
        } catch (SQLException e) {
          // it ended meanwhile
        }
      }
    }
    return killed;
  }
}
