package org.jbcos.node.config;

import java.util.List;
import java.util.Objects;

/**
 * A configuration read from a file, with what was ignored in it.
 *
 * @param value the configuration
 * @param warnings one line per unknown section or key, naming the file, section, key and line
 */
public record Parsed<T>(T value, List<String> warnings) {
  public Parsed {
    Objects.requireNonNull(value, "value");
    warnings = List.copyOf(warnings);
  }
}
