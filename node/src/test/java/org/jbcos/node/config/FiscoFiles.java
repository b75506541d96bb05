package org.jbcos.node.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The FISCO-generated files under {@code src/test/resources/fisco/}. */
final class FiscoFiles {
  static final String SEALER_0 =
      "f1105795b6e1c46a13bf0b46cbc16b290847e36df3b54d08720a0e22c2b0db48"
          + "9cb3785b1046f30e3951c89775474b527feda14cbbb96a995c8fe905cbcd17e8";
  static final String SEALER_3 =
      "a7b03d645763bdd9a3dfcb7c9892a7db3e62bd8d4a285cb9bdb6b87e997943b4"
          + "478c296abd9f6a9d43c21db92e4a60f219a899927b5b6bef659890c1510fbf1e";

  private FiscoFiles() {}

  static String text(String name) {
    try (InputStream in = FiscoFiles.class.getResourceAsStream("/fisco/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource fisco/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with the first line that starts with {@code key=} (indented) replaced. */
  static String withLine(String text, String key, String replacement) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().startsWith(key + "=")) {
        lines[i] = "    " + replacement;
        return String.join("\n", lines);
      }
    }
    throw new IllegalArgumentException("no line " + key + "= in the text");
  }

  /** The 1-based line of the first line that starts with {@code key=} (indented). */
  static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().startsWith(key + "=")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line " + key + "= in the text");
  }
}
