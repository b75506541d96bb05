package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text as FISCO's system contracts return it (jsoncpp's {@code FastWriter}): no spaces, object
 * keys in sorted order, a newline at the end. Values are strings, lists and maps of values.
 */
final class JsonText {
  private JsonText() {}

  /** {@code value} as one line of JSON followed by a newline. */
  static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value instanceof String s) {
      quote(out, s);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(out, (String) e.getKey());
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
