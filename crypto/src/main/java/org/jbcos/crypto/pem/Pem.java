package org.jbcos.crypto.pem;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jbcos.crypto.CryptoException;

/**
 * Strict PEM (RFC 7468) reading and writing. Text around the blocks is ignored, as {@code openssl
 * x509 -text} output has some; the base64 inside a block must be complete and correctly padded.
 */
public final class Pem {
  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";
  private static final int LINE_LENGTH = 64;

  private Pem() {}

  /**
   * All blocks of {@code text}, in order.
   *
   * @throws CryptoException if there is no block, a block has no END line, the END label differs
   *     from the BEGIN label, or the content is not valid base64
   */
  public static List<PemBlock> read(String text) {
    List<PemBlock> blocks = new ArrayList<>();
    String label = null;
    List<String> headers = new ArrayList<>();
    StringBuilder base64 = new StringBuilder();
    for (String rawLine : text.split("\\r\\n|\\r|\\n", -1)) {
      String line = rawLine.strip();
      if (label == null) {
        if (line.startsWith(BEGIN) && line.endsWith(DASHES) && line.length() > 16) {
          label = line.substring(BEGIN.length(), line.length() - DASHES.length());
          headers.clear();
          base64.setLength(0);
        }
      } else if (line.startsWith(END)) {
        String endLabel =
            line.endsWith(DASHES) && line.length() > 14
                ? line.substring(END.length(), line.length() - DASHES.length())
                : line;
        if (!endLabel.equals(label)) {
          throw new CryptoException(
              "PEM block '" + label + "' is closed by '" + line + "' instead of its own END line");
        }
        blocks.add(new PemBlock(label, headers, decode(label, base64.toString())));
        label = null;
      } else if (line.startsWith(BEGIN)) {
        throw new CryptoException(
            "PEM block '" + label + "' has no END line before the next BEGIN (truncated?)");
      } else if (line.indexOf(':') >= 0 && base64.length() == 0) {
        headers.add(line);
      } else {
        base64.append(line);
      }
    }
    if (label != null) {
      throw new CryptoException(
          "PEM block '" + label + "' has no '" + END + label + DASHES + "' line (truncated?)");
    }
    if (blocks.isEmpty()) {
      throw new CryptoException("not PEM: no '-----BEGIN ...-----' line found");
    }
    return blocks;
  }

  /** {@code der} as a PEM block with 64-character lines and '\n' line ends. */
  public static String write(String label, byte[] der) {
    String base64 = Base64.getEncoder().encodeToString(der);
    StringBuilder out = new StringBuilder(base64.length() + base64.length() / 64 + 64);
    out.append(BEGIN).append(label).append(DASHES).append('\n');
    for (int i = 0; i < base64.length(); i += LINE_LENGTH) {
      out.append(base64, i, Math.min(base64.length(), i + LINE_LENGTH)).append('\n');
    }
    out.append(END).append(label).append(DASHES).append('\n');
    return out.toString();
  }

  private static byte[] decode(String label, String base64) {
    if (base64.isEmpty()) {
      throw new CryptoException("PEM block '" + label + "' is empty");
    }
    // Java's decoder accepts missing '=' padding, which would hide a truncated block
    if (base64.length() % 4 != 0) {
      throw new CryptoException(
          "PEM block '"
              + label
              + "' has "
              + base64.length()
              + " base64 characters, not a multiple of 4 (truncated?)");
    }
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new CryptoException(
          "PEM block '" + label + "' is not valid base64: " + e.getMessage(), e);
    }
  }
}
