package org.jbcos.node.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code [name]} section and its entries in file order; keys are unique within it.
 *
 * @param name the trimmed name between the brackets
 * @param line the 1-based line of the header, 0 for the entries before any header
 * @param entries the entries in file order
 */
public record IniSection(String name, int line, List<IniEntry> entries) {
  public IniSection {
    Objects.requireNonNull(name, "name");
    entries = List.copyOf(entries);
  }

  /** The entry with exactly this key (keys are case-sensitive, as in boost). */
  public Optional<IniEntry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
