package org.jbcos.node.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads INI text the way boost {@code property_tree::read_ini} does, which is what FISCO BCOS 2.x
 * uses for its configuration files:
 *
 * <ul>
 *   <li>every line is trimmed; empty lines and lines starting with {@code ;} or {@code #} are
 *       comments, so keys and comments may be indented;
 *   <li>{@code [name]} opens a section (text after {@code ]} is ignored); a section name may not
 *       repeat, except that a section left empty is dropped and may be opened again;
 *   <li>{@code key=value} splits at the first {@code =}; key and value are trimmed, the value may
 *       be empty, and a {@code ;} after the value is part of it (there are no trailing comments);
 *   <li>keys are case-sensitive and literal: {@code node.0} is one key, not a path;
 *   <li>a key may not repeat within its section.
 * </ul>
 *
 * <p>Unlike boost, a leading UTF-8 byte order mark is skipped.
 */
public final class IniParser {
  private IniParser() {}

  /**
   * Parses {@code text}.
   *
   * @param source the file's name for messages, e.g. {@code config.ini}
   * @throws ConfigException naming the line of the first syntax error
   */
  public static IniDocument parse(String source, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<IniEntry> global = new ArrayList<>();
    List<IniSection> sections = new ArrayList<>();
    Map<String, Integer> sectionLines = new HashMap<>();
    String sectionName = null;
    int sectionLine = 0;
    List<IniEntry> entries = global;
    Map<String, Integer> keyLines = new HashMap<>();

    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = trim(lines[i]);
      if (line.isEmpty() || line.charAt(0) == ';' || line.charAt(0) == '#') {
        continue;
      }
      if (line.charAt(0) == '[') {
        if (sectionName != null && !entries.isEmpty()) {
          sections.add(new IniSection(sectionName, sectionLine, entries));
        } else if (sectionName != null) {
          sectionLines.remove(sectionName);
        }
        int end = line.indexOf(']');
        if (end < 0) {
          throw ConfigException.atLine(source, lineNo, "unmatched '[' in \"" + line + "\"");
        }
        String name = trim(line.substring(1, end));
        Integer first = sectionLines.putIfAbsent(name, lineNo);
        if (first != null) {
          throw ConfigException.atLine(
              source, lineNo, "duplicate section [" + name + "], first at line " + first);
        }
        sectionName = name;
        sectionLine = lineNo;
        entries = new ArrayList<>();
        keyLines = new HashMap<>();
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw ConfigException.atLine(
            source, lineNo, "expected key=value, a [section] or a ; comment, got \"" + line + "\"");
      }
      String key = trim(line.substring(0, eq));
      if (key.isEmpty()) {
        throw ConfigException.atLine(source, lineNo, "a key is missing before '='");
      }
      Integer first = keyLines.putIfAbsent(key, lineNo);
      if (first != null) {
        throw ConfigException.atKey(
            source,
            sectionName,
            key,
            lineNo,
            "duplicate key, first set at line " + first + " (FISCO rejects duplicates too)");
      }
      entries.add(new IniEntry(key, trim(line.substring(eq + 1)), lineNo));
    }
    if (sectionName != null && !entries.isEmpty()) {
      sections.add(new IniSection(sectionName, sectionLine, entries));
    }
    return new IniDocument(source, global, sections);
  }

  /** Trims the characters C's {@code isspace} accepts: space, tab, CR, LF, VT and FF. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u000B' || c == '\f';
  }
}
