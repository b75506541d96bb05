package org.jbcos.node.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed INI file.
 *
 * @param source the file's name in messages, e.g. {@code conf/group.1.genesis}
 * @param global the entries before the first section header (FISCO reads none; boost allows them)
 * @param sections the sections in file order; names are unique
 */
public record IniDocument(String source, List<IniEntry> global, List<IniSection> sections) {
  public IniDocument {
    Objects.requireNonNull(source, "source");
    global = List.copyOf(global);
    sections = List.copyOf(sections);
  }

  public Optional<IniSection> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
