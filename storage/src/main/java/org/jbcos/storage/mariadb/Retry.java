package org.jbcos.storage.mariadb;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.jbcos.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a database action again when the connection was lost (or a deadlock chose it), a bounded
 * number of times, then gives up with a {@link StorageException} that stops the node. Any other SQL
 * error fails at once.
 */
final class Retry {
  private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

  /** A database action on a fresh connection. */
  interface Action<T> {
    T run(int attempt) throws SQLException;
  }

  /** Sleeps between attempts; tests replace it. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final int maxRetries;
  private final Duration firstDelay;
  private final Sleeper sleeper;
  private final String where;

  Retry(int maxRetries, Duration firstDelay, Sleeper sleeper, String where) {
    this.maxRetries = maxRetries;
    this.firstDelay = firstDelay;
    this.sleeper = sleeper;
    this.where = where;
  }

  <T> T run(String what, Action<T> action) {
    Duration delay = firstDelay;
    SQLException last = null;
    for (int attempt = 0; attempt <= maxRetries; attempt++) {
      try {
        return action.run(attempt);
      } catch (SQLException e) {
        if (!isRetryable(e)) {
          throw new StorageException(where + ": " + what + " failed: " + describe(e), e);
        }
        last = e;
        if (attempt == maxRetries) {
          break;
        }
        LOG.warn(
            "{}: {} failed ({}), attempt {} of {}, retrying in {} ms",
            where,
            what,
            describe(e),
            attempt + 1,
            maxRetries + 1,
            delay.toMillis());
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new StorageException(where + ": interrupted while retrying " + what, e);
        }
        if (delay.compareTo(firstDelay.multipliedBy(8)) < 0) {
          delay = delay.multipliedBy(2);
        }
      }
    }
    String message =
        where
            + ": "
            + what
            + " failed "
            + (maxRetries + 1)
            + " times, the database is unreachable ("
            + describe(last)
            + "). Stopping rather than going on with a state that may differ from the other"
            + " nodes'.";
    LOG.error(message);
    throw new StorageException(message, last);
  }

  /** A lost or refused connection, a killed session, a deadlock or lock wait timeout. */
  static boolean isRetryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        int code = s.getErrorCode();
        if ((state != null && state.startsWith("08"))
            || code == 1927 // connection killed
            || code == 2006 // server has gone away
            || code == 2013 // lost connection during query
            || code == 1213 // deadlock
            || code == 1205) { // lock wait timeout
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(SQLException e) {
    return e == null
        ? "?"
        : e.getClass().getSimpleName()
            + " "
            + e.getSQLState()
            + "/"
            + e.getErrorCode()
            + " "
            + e.getMessage();
  }
}
