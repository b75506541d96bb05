package org.jbcos.crypto;

/** Lowercase hex without allocation-heavy helpers; strict parsing with clear errors. */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  public static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** "0x" followed by the lowercase hex of {@code bytes}; "0x" for empty input. */
  public static String encodePrefixed(byte[] bytes) {
    return "0x" + encode(bytes);
  }

  /**
   * Decodes hex with or without a "0x" prefix.
   *
   * @throws IllegalArgumentException naming the offending position when the text is not hex or has
   *     an odd number of digits
   */
  public static byte[] decode(String text) {
    String s = strip0x(text.trim());
    if ((s.length() & 1) != 0) {
      throw new IllegalArgumentException(
          "hex string has an odd number of digits (" + s.length() + ")");
    }
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = digit(s, 2 * i);
      int lo = digit(s, 2 * i + 1);
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  public static String strip0x(String s) {
    return s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
  }

  private static int digit(String s, int index) {
    int d = Character.digit(s.charAt(index), 16);
    if (d < 0) {
      throw new IllegalArgumentException(
          "not a hex digit '" + s.charAt(index) + "' at position " + index);
    }
    return d;
  }
}
