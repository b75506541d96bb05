package org.jbcos.codec.abi;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.crypto.Hex;

/** Helpers to write expected encodings as words and to compare values containing byte arrays. */
final class TestValues {
  /** A byte array made comparable by value. */
  record HexBytes(String hex) {}

  private TestValues() {}

  /** Concatenates hex chunks; whitespace and "0x" prefixes are ignored. */
  static byte[] hex(String... chunks) {
    StringBuilder sb = new StringBuilder();
    for (String chunk : chunks) {
      sb.append(Hex.strip0x(chunk.replaceAll("\\s", "")));
    }
    return Hex.decode(sb.toString());
  }

  /** A 32-byte word holding {@code value} right-aligned. */
  static String word(long value) {
    return String.format("%064x", value);
  }

  /** {@code text} as UTF-8, right-padded to a whole number of words. */
  static String paddedText(String text) {
    String hex = Hex.encode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    int padded = (hex.length() + 63) / 64 * 64;
    return hex + "0".repeat(padded - hex.length());
  }

  /** A copy of the value tree in which byte arrays compare by content. */
  static Object comparable(Object value) {
    if (value instanceof byte[] bytes) {
      return new HexBytes(Hex.encode(bytes));
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        out.add(comparable(element));
      }
      return out;
    }
    return value;
  }
}
