package org.jbcos.crypto;

import java.math.BigInteger;

/** Conversions between unsigned big integers and fixed 32-byte big-endian arrays. */
public final class Bytes32 {
  private Bytes32() {}

  /** {@code value} as exactly 32 big-endian bytes; fails if it is negative or wider. */
  public static byte[] of(BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > 256) {
      throw new CryptoException("value does not fit in 32 unsigned bytes: " + value);
    }
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }

  /** Left-pads {@code bytes} (at most 32 long) with zeros to 32 bytes. */
  public static byte[] leftPad(byte[] bytes) {
    if (bytes.length > 32) {
      throw new CryptoException("more than 32 bytes: " + bytes.length);
    }
    byte[] out = new byte[32];
    System.arraycopy(bytes, 0, out, 32 - bytes.length, bytes.length);
    return out;
  }

  public static BigInteger toUnsigned(byte[] bytes) {
    return new BigInteger(1, bytes);
  }
}
