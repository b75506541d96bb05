package org.jbcos.node.config;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A configuration file that cannot be used, with the place of the problem: the message reads {@code
 * conf/group.1.genesis [consensus] consensus_timeout: must be an integer >= 3, got "abc" (line 5)}.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String section;
  private final String key;
  private final int line;

  private ConfigException(String source, String section, String key, int line, String problem) {
    super(format(source, section, key, line, problem));
    this.source = source;
    this.section = section;
    this.key = key;
    this.line = line;
  }

  /** A problem with a whole file, e.g. a missing one. */
  public static ConfigException inFile(String source, String problem) {
    return new ConfigException(source, null, null, 0, problem);
  }

  /** A syntax problem at a line of a file. */
  public static ConfigException atLine(String source, int line, String problem) {
    return new ConfigException(source, null, null, line, problem);
  }

  /** A problem with a section as a whole, e.g. a missing list of {@code node.N} entries. */
  public static ConfigException inSection(String source, String section, int line, String problem) {
    return new ConfigException(source, section, null, line, problem);
  }

  /** A problem with the value of a key; {@code line} is 0 when the key is absent. */
  public static ConfigException atKey(
      String source, String section, String key, int line, String problem) {
    return new ConfigException(source, section, key, line, problem);
  }

  /** The file, as the node names it: relative to the node directory, e.g. {@code config.ini}. */
  public String source() {
    return source;
  }

  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /** The 1-based line, when the problem is at one. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  private static String format(
      String source, String section, String key, int line, String problem) {
    StringBuilder out = new StringBuilder(source);
    if (section != null) {
      out.append(" [").append(section).append(']');
    }
    if (key != null) {
      out.append(' ').append(key);
    }
    out.append(": ").append(problem);
    if (line > 0) {
      out.append(" (line ").append(line).append(')');
    }
    return out.toString();
  }
}
