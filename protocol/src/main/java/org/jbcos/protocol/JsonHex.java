package org.jbcos.protocol;

import java.math.BigInteger;
import org.jbcos.crypto.Hex;

/** FISCO's JSON number and byte conventions (libdevcore/CommonJS.h). */
public final class JsonHex {
  private JsonHex() {}

  /** "0x" + compact lowercase hex, "0x0" for zero (toJS of u256 and integers). */
  public static String quantity(BigInteger value) {
    return "0x" + value.toString(16);
  }

  public static String quantity(long value) {
    return "0x" + Long.toHexString(value);
  }

  /** "0x" + full-width lowercase hex (hashes, addresses, blooms, byte strings). */
  public static String bytes(byte[] value) {
    return Hex.encodePrefixed(value);
  }
}
