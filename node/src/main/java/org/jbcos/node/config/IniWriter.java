package org.jbcos.node.config;

/**
 * Writes INI text in the shape of FISCO's generated files: {@code [section]} headers, then keys and
 * {@code ;} comments indented by four spaces. What it writes reads back with {@link IniParser}
 * (values are written as they are, so they must not contain line breaks).
 */
final class IniWriter {
  private static final String INDENT = "    ";

  private final StringBuilder out = new StringBuilder();

  IniWriter section(String name) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append('[').append(name).append("]\n");
    return this;
  }

  /** A {@code ; text} line inside the current section. */
  IniWriter comment(String text) {
    out.append(INDENT).append("; ").append(text).append('\n');
    return this;
  }

  /** A commented-out key, e.g. {@code ;limit_req=1000}, showing an option that is off. */
  IniWriter disabled(String key, String example) {
    out.append(INDENT).append(';').append(key).append('=').append(example).append('\n');
    return this;
  }

  IniWriter entry(String key, String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("the value of " + key + " contains a line break");
    }
    if (!IniParser.trim(value).equals(value)) {
      throw new IllegalArgumentException(
          "the value of " + key + " starts or ends with white space, which INI cannot keep");
    }
    out.append(INDENT).append(key).append('=').append(value).append('\n');
    return this;
  }

  IniWriter entry(String key, long value) {
    return entry(key, Long.toString(value));
  }

  IniWriter entry(String key, boolean value) {
    return entry(key, Boolean.toString(value));
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
