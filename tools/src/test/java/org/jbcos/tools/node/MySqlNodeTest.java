package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.node.runtime.GroupRuntime;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.mariadb.MariaDbConfig;
import org.jbcos.tools.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node built with {@code build-chain -s mysql} whose group lives in MariaDB ({@code
 * JBCOS_TEST_MYSQL_URL}, started by {@code .ci/run}); skipped loudly without one.
 */
class MySqlNodeTest {
  private static final String ENV = "JBCOS_TEST_MYSQL_URL";

  @BeforeEach
  void needsMariaDb() {
    String url = System.getenv(ENV);
    if (url == null || url.isBlank()) {
      String message =
          "\n*** SKIPPED: the node on MySQL storage. "
              + ENV
              + " is not set (.ci/run starts a MariaDB and sets it). ***";
      System.err.println(message);
      Assumptions.assumeTrue(false, message);
    }
  }

  @Test
  void groupOnMySqlSealsAndKeepsItsBlocksAcrossARestart(@TempDir Path dir) throws Exception {
    MariaDbConfig server = MariaDbConfig.fromJdbcUrl(System.getenv(ENV));
    String database = "jbcos_node_" + ProcessHandle.current().pid();
    Path configIni = buildMySqlChain(dir, server, database);

    CryptoSuite suite = CryptoSuite.ecdsa();
    KeyPair user = suite.generateKeyPair();
    Transaction tx =
        Transaction.builder()
            .nonce(BigInteger.valueOf(7))
            .blockLimit(100)
            .to(new byte[20])
            .sign(suite, user);
    try {
      try (NodeRuntime node = NodeRuntime.start(configIni)) {
        GroupRuntime group = node.groups().get(1);
        assertThat(group.pool().submit(tx).status()).isEqualTo(ReceiptStatus.NONE);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (group.ledger().blockNumber() < 1 && Instant.now().isBefore(deadline)) {
          Thread.sleep(20);
        }
        assertThat(group.ledger().blockNumber()).isEqualTo(1);
      }
      assertThat(Files.exists(configIni.resolveSibling("data/group1")))
          .as("nothing written to RocksDB")
          .isFalse();
      try (NodeRuntime again = NodeRuntime.start(configIni)) {
        GroupRuntime group = again.groups().get(1);
        assertThat(group.ledger().blockNumber()).isEqualTo(1);
        assertThat(group.ledger().receipt(tx.hash(suite)).orElseThrow().status())
            .isEqualTo(ReceiptStatus.NONE.code());
        assertThat(group.pool().submit(tx).status()).isEqualTo(ReceiptStatus.NONCE_CHECK_FAIL);
      }
    } finally {
      try (Connection c =
              DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS `" + database + "`");
      }
    }
  }

  @Test
  void unreachableDatabaseIsAClearStartError(@TempDir Path dir) throws Exception {
    MariaDbConfig server = MariaDbConfig.fromJdbcUrl(System.getenv(ENV));
    MariaDbConfig wrongPassword =
        new MariaDbConfig(
            server.host(),
            server.port(),
            server.user(),
            server.password() + "-wrong",
            server.database(),
            2,
            0,
            Duration.ofMillis(10));
    Path configIni = buildMySqlChain(dir, wrongPassword, "jbcos_never_created");
    assertThatThrownBy(() -> NodeRuntime.start(configIni).close())
        .hasMessageContaining("group.1.ini [storage]")
        .hasMessageContaining("cannot open MySQL database jbcos_never_created");
  }

  private static Path buildMySqlChain(Path dir, MariaDbConfig server, String database)
      throws Exception {
    Path out = dir.resolve("nodes");
    StringWriter err = new StringWriter();
    assertThat(
            Main.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute("build-chain", "-l", "127.0.0.1:1", "-o", out.toString(), "-s", "mysql"))
        .as(err.toString())
        .isZero();
    Path node = out.resolve("127.0.0.1/node0");
    Path groupIni = node.resolve("conf/group.1.ini");
    String ini =
        Files.readString(groupIni, StandardCharsets.UTF_8)
            .replaceFirst("(?m)^(\\s*)db_ip=.*$", "$1db_ip=" + server.host())
            .replaceFirst("(?m)^(\\s*)db_port=.*$", "$1db_port=" + server.port())
            .replaceFirst("(?m)^(\\s*)db_username=.*$", "$1db_username=" + server.user())
            .replaceFirst("(?m)^(\\s*)db_passwd=.*$", "$1db_passwd=" + server.password())
            .replaceFirst("(?m)^(\\s*)db_name=.*$", "$1db_name=" + database);
    Files.writeString(groupIni, ini, StandardCharsets.UTF_8);
    return node.resolve("config.ini");
  }
}
