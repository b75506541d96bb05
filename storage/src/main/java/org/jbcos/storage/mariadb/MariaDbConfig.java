package org.jbcos.storage.mariadb;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Connection settings of a group's MariaDB (or MySQL) database: the {@code [storage]} keys of
 * {@code group.N.ini}, plus how long to keep retrying a lost connection before giving up.
 *
 * @param maxRetries attempts after the first one before the node stops
 * @param retryDelay the first pause between attempts; it doubles up to 8 times that
 */
public record MariaDbConfig(
    String host,
    int port,
    String user,
    String password,
    String database,
    int maxConnections,
    int maxRetries,
    Duration retryDelay) {
  public static final int DEFAULT_PORT = 3306;

  /** 2.x's code says 50, its docs 20; a group never needs more than a few at a time. */
  public static final int DEFAULT_MAX_CONNECTIONS = 20;

  public static final int DEFAULT_MAX_RETRIES = 6;
  public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMillis(250);

  public MariaDbConfig {
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("db_ip is empty");
    }
    if (port <= 0 || port > 65535) {
      throw new IllegalArgumentException("db_port out of range: " + port);
    }
    if (database == null || !database.matches("[A-Za-z0-9_$]{1,64}")) {
      throw new IllegalArgumentException("db_name must be 1-64 of [A-Za-z0-9_$]: " + database);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("max_connections must be at least 1");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("negative retry count");
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  public static MariaDbConfig of(
      String host, int port, String user, String password, String database) {
    return new MariaDbConfig(
        host,
        port,
        user,
        password,
        database,
        DEFAULT_MAX_CONNECTIONS,
        DEFAULT_MAX_RETRIES,
        DEFAULT_RETRY_DELAY);
  }

  /**
   * From a group's {@code [storage]} section: {@code db_ip}, {@code db_port}, {@code db_username},
   * {@code db_passwd}, {@code db_name}, {@code max_connections}.
   */
  public static MariaDbConfig fromStorageSection(Map<String, String> section) {
    String name = section.get("db_name");
    if (name == null) {
      throw new IllegalArgumentException("[storage] db_name is missing");
    }
    return new MariaDbConfig(
        section.getOrDefault("db_ip", "127.0.0.1"),
        Integer.parseInt(section.getOrDefault("db_port", Integer.toString(DEFAULT_PORT)).trim()),
        section.getOrDefault("db_username", ""),
        section.getOrDefault("db_passwd", ""),
        name.trim(),
        Integer.parseInt(
            section
                .getOrDefault("max_connections", Integer.toString(DEFAULT_MAX_CONNECTIONS))
                .trim()),
        DEFAULT_MAX_RETRIES,
        DEFAULT_RETRY_DELAY);
  }

  /** From {@code jdbc:mariadb://host:port/db?user=u&password=p}, as tests receive it. */
  public static MariaDbConfig fromJdbcUrl(String url) {
    String prefix = "jdbc:mariadb://";
    if (!url.startsWith(prefix)) {
      throw new IllegalArgumentException("not a jdbc:mariadb:// URL: " + url);
    }
    String rest = url.substring(prefix.length());
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("no database in " + url);
    }
    String hostPort = rest.substring(0, slash);
    String database = rest.substring(slash + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    int port = colon < 0 ? DEFAULT_PORT : Integer.parseInt(hostPort.substring(colon + 1));
    Map<String, String> params = new HashMap<>();
    for (String kv : query.split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        params.put(
            kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return of(host, port, params.get("user"), params.get("password"), database);
  }

  public MariaDbConfig withDatabase(String name) {
    return new MariaDbConfig(
        host, port, user, password, name, maxConnections, maxRetries, retryDelay);
  }

  public MariaDbConfig withRetries(int retries, Duration delay) {
    return new MariaDbConfig(host, port, user, password, database, maxConnections, retries, delay);
  }

  /** The JDBC URL of the database, without credentials. */
  public String jdbcUrl() {
    return serverUrl() + database;
  }

  /** The JDBC URL of the server without a database, to create or drop one. */
  public String serverUrl() {
    return "jdbc:mariadb://" + host + ":" + port + "/";
  }

  @Override
  public String toString() {
    // never print the password
    return "MariaDB "
        + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "@"
        + host
        + ":"
        + port
        + "/"
        + database;
  }
}
