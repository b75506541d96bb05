package org.jbcos.node.config;

import java.util.Locale;

/** {@code config.ini [log] level}: FISCO's boost.log severities, least severe first. */
public enum LogLevel {
  TRACE,
  DEBUG,
  INFO,
  WARNING,
  ERROR,
  FATAL;

  /** The word in the file. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
