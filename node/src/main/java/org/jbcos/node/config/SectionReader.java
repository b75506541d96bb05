package org.jbcos.node.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed reads of one section with FISCO's defaults, and messages that name the file, section, key
 * and line. An absent key, and also an empty value ({@code key_manager_port=} as FISCO's scripts
 * write it), gives the default, as boost's {@code get(path, default)} does when the conversion
 * fails on an empty string; any other value that does not convert is an error (where FISCO would
 * silently fall back to the default). Keys nobody read are reported by {@link #finish()}.
 */
final class SectionReader {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)");
  private static final Pattern NODE_ID = Pattern.compile("[0-9a-fA-F]{128}");

  private final String source;
  private final String name;
  private final Optional<IniSection> section;
  private final List<String> warnings;
  private final Set<String> read = new HashSet<>();

  SectionReader(IniDocument document, String name, List<String> warnings) {
    this(document.source(), name, document.section(name), warnings);
  }

  private SectionReader(
      String source, String name, Optional<IniSection> section, List<String> warnings) {
    this.source = source;
    this.name = name;
    this.section = section;
    this.warnings = warnings;
  }

  /**
   * The reader of the first of {@code names} present in the document, e.g. {@code network_security}
   * or its pre-2.x name {@code secure}; the first name if none is.
   */
  static SectionReader firstPresent(IniDocument document, List<String> warnings, String... names) {
    for (String candidate : names) {
      if (document.section(candidate).isPresent()) {
        return new SectionReader(document, candidate, warnings);
      }
    }
    return new SectionReader(document, names[0], warnings);
  }

  String name() {
    return name;
  }

  boolean present() {
    return section.isPresent();
  }

  /** The raw value, absent also when it is empty. */
  Optional<IniEntry> entry(String key) {
    read.add(key);
    return section.flatMap(s -> s.entry(key)).filter(e -> !e.value().isEmpty());
  }

  String string(String key, String defaultValue) {
    return entry(key).map(IniEntry::value).orElse(defaultValue);
  }

  /** A value that may be set to empty on purpose, e.g. a database password. */
  String stringAllowingEmpty(String key, String defaultValue) {
    read.add(key);
    return section.flatMap(s -> s.entry(key)).map(IniEntry::value).orElse(defaultValue);
  }

  String requiredString(String key) {
    return entry(key)
        .map(IniEntry::value)
        .orElseThrow(() -> error(key, 0, "is required but missing"));
  }

  long integer(String key, long defaultValue, long min, long max) {
    Optional<IniEntry> entry = entry(key);
    return entry.isEmpty() ? defaultValue : integer(entry.get(), min, max);
  }

  int integer(String key, int defaultValue, int min, int max) {
    return (int) integer(key, (long) defaultValue, min, max);
  }

  long requiredInteger(String key, long min, long max) {
    return integer(
        entry(key).orElseThrow(() -> error(key, 0, "is required but missing")), min, max);
  }

  OptionalLong optionalInteger(String key, long min, long max) {
    Optional<IniEntry> entry = entry(key);
    return entry.isEmpty() ? OptionalLong.empty() : OptionalLong.of(integer(entry.get(), min, max));
  }

  long integer(IniEntry entry, long min, long max) {
    String value = entry.value();
    if (INTEGER.matcher(value).matches()) {
      try {
        long parsed = Long.parseLong(value);
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException tooLarge) {
        // reported below with the bounds
      }
    }
    throw error(entry, "must be an integer " + bounds(min, max) + ", got \"" + value + "\"");
  }

  double decimal(String key, double defaultValue, double min, double max) {
    Optional<IniEntry> entry = entry(key);
    return entry.isEmpty() ? defaultValue : decimal(entry.get(), min, max);
  }

  OptionalDouble optionalDecimal(String key, double min, double max) {
    Optional<IniEntry> entry = entry(key);
    return entry.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(decimal(entry.get(), min, max));
  }

  private double decimal(IniEntry entry, double min, double max) {
    String value = entry.value();
    if (DECIMAL.matcher(value).matches()) {
      double parsed = Double.parseDouble(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    }
    throw error(
        entry,
        "must be a number "
            + bounds(numberText(min), numberText(max), max == Double.MAX_VALUE)
            + ", got \""
            + value
            + "\"");
  }

  /** {@code true} or {@code false}; also {@code 1} and {@code 0}, which boost accepts too. */
  boolean bool(String key, boolean defaultValue) {
    Optional<IniEntry> entry = entry(key);
    if (entry.isEmpty()) {
      return defaultValue;
    }
    return switch (entry.get().value()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw error(entry.get(), "must be true or false, got \"" + entry.get().value() + "\"");
    };
  }

  /** One of the values of an enum whose {@code toString} is the word in the file. */
  <E extends Enum<E>> E choice(String key, E defaultValue, Class<E> type) {
    Optional<IniEntry> entry = entry(key);
    if (entry.isEmpty()) {
      return defaultValue;
    }
    String value = entry.get().value();
    for (E constant : type.getEnumConstants()) {
      if (constant.toString().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    List<String> words = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      words.add(constant.toString());
    }
    throw error(
        entry.get(), "must be one of " + String.join(", ", words) + ", got \"" + value + "\"");
  }

  /**
   * The entries whose key starts with {@code prefix} (as FISCO matches {@code node.} and {@code
   * crl.}), in file order, with empty values skipped.
   */
  List<IniEntry> indexed(String prefix) {
    List<IniEntry> out = new ArrayList<>();
    for (IniEntry entry : section.map(IniSection::entries).orElse(List.of())) {
      if (entry.key().startsWith(prefix)) {
        read.add(entry.key());
        if (!entry.value().isEmpty()) {
          out.add(entry);
        }
      }
    }
    return out;
  }

  /**
   * The values of {@link #indexed} that must be node ids (128 hex characters, a 64-byte public
   * key), lower-cased, without duplicates.
   */
  List<String> nodeIds(String prefix) {
    List<String> ids = new ArrayList<>();
    for (IniEntry entry : indexed(prefix)) {
      String id = entry.value().toLowerCase(Locale.ROOT);
      if (!NODE_ID.matcher(id).matches()) {
        throw error(
            entry,
            "must be a node id (128 hex characters, the node's public key), got \""
                + entry.value()
                + "\" ("
                + entry.value().length()
                + " characters)");
      }
      if (ids.contains(id)) {
        throw error(entry, "lists node " + id.substring(0, 16) + "... a second time");
      }
      ids.add(id);
    }
    return ids;
  }

  /** Parses the value with {@code parse}, which throws IllegalArgumentException with a reason. */
  <T> T parsed(IniEntry entry, Function<String, T> parse) {
    try {
      return parse.apply(entry.value());
    } catch (IllegalArgumentException e) {
      throw error(entry, e.getMessage());
    }
  }

  ConfigException error(IniEntry entry, String problem) {
    return ConfigException.atKey(source, name, entry.key(), entry.line(), problem);
  }

  /** An error about {@code key}, at its line if it is set. */
  ConfigException error(String key, String problem) {
    int line = section.flatMap(s -> s.entry(key)).map(IniEntry::line).orElse(0);
    return error(key, line, problem);
  }

  private ConfigException error(String key, int line, String problem) {
    return ConfigException.atKey(source, name, key, line, problem);
  }

  ConfigException sectionError(String problem) {
    return ConfigException.inSection(
        source, name, section.map(IniSection::line).orElse(0), problem);
  }

  /** Adds a warning for every key of the section that was not read. */
  void finish() {
    for (IniEntry entry : section.map(IniSection::entries).orElse(List.of())) {
      if (!read.contains(entry.key())) {
        warnings.add(
            source
                + " ["
                + name
                + "] "
                + entry.key()
                + ": unknown key, ignored (line "
                + entry.line()
                + ")");
      }
    }
  }

  private static String bounds(long min, long max) {
    return bounds(
        Long.toString(min), Long.toString(max), max == Long.MAX_VALUE || max == Integer.MAX_VALUE);
  }

  private static String bounds(String min, String max, boolean unbounded) {
    return unbounded ? ">= " + min : "between " + min + " and " + max;
  }

  /** Decimal bounds without a pointless {@code .0}. */
  private static String numberText(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
