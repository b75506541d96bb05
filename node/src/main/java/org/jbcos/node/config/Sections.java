package org.jbcos.node.config;

import java.util.List;
import java.util.Set;

/** Warnings for what a file holds beyond the sections its reader knows. */
final class Sections {
  private Sections() {}

  static void warnUnknown(IniDocument document, Set<String> known, List<String> warnings) {
    for (IniEntry entry : document.global()) {
      warnings.add(
          document.source()
              + " "
              + entry.key()
              + ": key outside any [section], ignored (line "
              + entry.line()
              + ")");
    }
    for (IniSection section : document.sections()) {
      if (!known.contains(section.name())) {
        warnings.add(
            document.source()
                + " ["
                + section.name()
                + "]: unknown section, ignored (line "
                + section.line()
                + ")");
      }
    }
  }
}
