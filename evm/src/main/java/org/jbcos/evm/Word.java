package org.jbcos.evm;

import java.math.BigInteger;
import org.jbcos.crypto.Hex;

/**
 * An immutable unsigned 256-bit value: storage keys and values, hashes. Four 64-bit limbs, most
 * significant first ({@code l0} holds bits 255..192). The interpreter's stack works on raw limbs;
 * this type is for values that cross the world-state interface.
 */
public final class Word implements Comparable<Word> {
  public static final Word ZERO = new Word(0, 0, 0, 0);
  public static final Word ONE = new Word(0, 0, 0, 1);
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

  private final long l0;
  private final long l1;
  private final long l2;
  private final long l3;

  public Word(long l0, long l1, long l2, long l3) {
    this.l0 = l0;
    this.l1 = l1;
    this.l2 = l2;
    this.l3 = l3;
  }

  public static Word of(long value) {
    return new Word(0, 0, 0, value);
  }

  /** {@code value} modulo 2^256 (negative values wrap, as two's complement). */
  public static Word of(BigInteger value) {
    BigInteger v = value.mod(MOD);
    return new Word(
        v.shiftRight(192).longValue(),
        v.shiftRight(128).longValue(),
        v.shiftRight(64).longValue(),
        v.longValue());
  }

  /** Big-endian bytes, at most 32, left-padded with zeros. */
  public static Word fromBytes(byte[] bytes) {
    if (bytes.length > 32) {
      throw new IllegalArgumentException("a word is at most 32 bytes, got " + bytes.length);
    }
    long[] limbs = new long[4];
    int offset = 32 - bytes.length;
    for (int i = 0; i < bytes.length; i++) {
      int pos = offset + i;
      limbs[pos >>> 3] |= (bytes[i] & 0xffL) << (8 * (7 - (pos & 7)));
    }
    return new Word(limbs[0], limbs[1], limbs[2], limbs[3]);
  }

  public static Word fromHex(String hex) {
    return fromBytes(Hex.decode(hex));
  }

  public long limb(int i) {
    return switch (i) {
      case 0 -> l0;
      case 1 -> l1;
      case 2 -> l2;
      case 3 -> l3;
      default -> throw new IndexOutOfBoundsException(i);
    };
  }

  public boolean isZero() {
    return (l0 | l1 | l2 | l3) == 0;
  }

  /** True if the value fits in a non-negative long. */
  public boolean fitsLong() {
    return (l0 | l1 | l2) == 0 && l3 >= 0;
  }

  public long toLong() {
    return l3;
  }

  public byte[] toBytes() {
    byte[] out = new byte[32];
    put(out, 0, l0);
    put(out, 8, l1);
    put(out, 16, l2);
    put(out, 24, l3);
    return out;
  }

  private static void put(byte[] out, int at, long v) {
    for (int i = 0; i < 8; i++) {
      out[at + i] = (byte) (v >>> (56 - 8 * i));
    }
  }

  public BigInteger toBigInteger() {
    return new BigInteger(1, toBytes());
  }

  public String toHex() {
    return Hex.encodePrefixed(toBytes());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word w && l0 == w.l0 && l1 == w.l1 && l2 == w.l2 && l3 == w.l3;
  }

  @Override
  public int hashCode() {
    long h = l0 * 31 + l1;
    h = h * 31 + l2;
    h = h * 31 + l3;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public int compareTo(Word o) {
    int c = Long.compareUnsigned(l0, o.l0);
    if (c == 0) {
      c = Long.compareUnsigned(l1, o.l1);
    }
    if (c == 0) {
      c = Long.compareUnsigned(l2, o.l2);
    }
    if (c == 0) {
      c = Long.compareUnsigned(l3, o.l3);
    }
    return c;
  }

  @Override
  public String toString() {
    return toHex();
  }
}
