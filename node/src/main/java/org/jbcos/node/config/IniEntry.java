package org.jbcos.node.config;

import java.util.Objects;

/**
 * One {@code key=value} line, both trimmed.
 *
 * @param key the key, e.g. {@code listen_port} or {@code node.0}
 * @param value the value, possibly empty; a {@code ;} after it is part of the value, as in boost
 * @param line the 1-based line number
 */
public record IniEntry(String key, String value, int line) {
  public IniEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
