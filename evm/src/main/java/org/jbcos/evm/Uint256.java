package org.jbcos.evm;

import java.math.BigInteger;

/**
 * 256-bit arithmetic on the interpreter's stack: a word is four longs at {@code s[i..i+3]}, most
 * significant first. Binary operations read the top word {@code a} and the one below it {@code b}
 * and write the result over {@code b} (the caller then drops the top). Nothing here allocates on
 * the common paths; division and modular operations on wide operands fall back to BigInteger.
 */
final class Uint256 {
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  private Uint256() {}

  static boolean isZero(long[] s, int i) {
    return (s[i] | s[i + 1] | s[i + 2] | s[i + 3]) == 0;
  }

  static void set(long[] s, int i, long v) {
    s[i] = 0;
    s[i + 1] = 0;
    s[i + 2] = 0;
    s[i + 3] = v;
  }

  static void add(long[] s, int a, int b) {
    long r3 = s[a + 3] + s[b + 3];
    long c = Long.compareUnsigned(r3, s[a + 3]) < 0 ? 1 : 0;
    long t = s[a + 2] + c;
    long c1 = Long.compareUnsigned(t, c) < 0 ? 1 : 0;
    long r2 = t + s[b + 2];
    c = c1 | (Long.compareUnsigned(r2, t) < 0 ? 1 : 0);
    t = s[a + 1] + c;
    c1 = Long.compareUnsigned(t, c) < 0 ? 1 : 0;
    long r1 = t + s[b + 1];
    c = c1 | (Long.compareUnsigned(r1, t) < 0 ? 1 : 0);
    s[b] = s[a] + s[b] + c;
    s[b + 1] = r1;
    s[b + 2] = r2;
    s[b + 3] = r3;
  }

  /** b = a - b. */
  static void sub(long[] s, int a, int b) {
    long x3 = s[a + 3];
    long y3 = s[b + 3];
    long r3 = x3 - y3;
    long borrow = Long.compareUnsigned(x3, y3) < 0 ? 1 : 0;
    long x2 = s[a + 2];
    long y2 = s[b + 2];
    long r2 = x2 - y2 - borrow;
    borrow = (Long.compareUnsigned(x2, y2) < 0 || (borrow == 1 && x2 == y2)) ? 1 : 0;
    long x1 = s[a + 1];
    long y1 = s[b + 1];
    long r1 = x1 - y1 - borrow;
    borrow = (Long.compareUnsigned(x1, y1) < 0 || (borrow == 1 && x1 == y1)) ? 1 : 0;
    s[b] = s[a] - s[b] - borrow;
    s[b + 1] = r1;
    s[b + 2] = r2;
    s[b + 3] = r3;
  }

  private static long mulHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  static void mul(long[] s, int a, int b) {
    // little-endian limb views: x0 least significant
    long x0 = s[a + 3];
    long x1 = s[a + 2];
    long x2 = s[a + 1];
    long x3 = s[a];
    long y0 = s[b + 3];
    long y1 = s[b + 2];
    long y2 = s[b + 1];
    long y3 = s[b];
    long r0;
    long r1;
    long r2;
    long r3;
    // row 0
    r0 = x0 * y0;
    long carry = mulHigh(x0, y0);
    long lo = x1 * y0;
    r1 = lo + carry;
    carry = mulHigh(x1, y0) + (Long.compareUnsigned(r1, lo) < 0 ? 1 : 0);
    lo = x2 * y0;
    r2 = lo + carry;
    carry = mulHigh(x2, y0) + (Long.compareUnsigned(r2, lo) < 0 ? 1 : 0);
    r3 = x3 * y0 + carry;
    // row 1
    lo = x0 * y1;
    long t = r1 + lo;
    carry = mulHigh(x0, y1) + (Long.compareUnsigned(t, lo) < 0 ? 1 : 0);
    r1 = t;
    lo = x1 * y1;
    t = r2 + lo;
    long c2 = Long.compareUnsigned(t, lo) < 0 ? 1 : 0;
    long t2 = t + carry;
    c2 += Long.compareUnsigned(t2, carry) < 0 ? 1 : 0;
    r2 = t2;
    carry = mulHigh(x1, y1) + c2;
    r3 += x2 * y1 + carry;
    // row 2
    lo = x0 * y2;
    t = r2 + lo;
    carry = mulHigh(x0, y2) + (Long.compareUnsigned(t, lo) < 0 ? 1 : 0);
    r2 = t;
    r3 += x1 * y2 + carry;
    // row 3
    r3 += x0 * y3;
    s[b] = r3;
    s[b + 1] = r2;
    s[b + 2] = r1;
    s[b + 3] = r0;
  }

  static boolean fitsLong(long[] s, int i) {
    return (s[i] | s[i + 1] | s[i + 2]) == 0;
  }

  static BigInteger toBig(long[] s, int i) {
    byte[] b = new byte[33];
    for (int limb = 0; limb < 4; limb++) {
      long v = s[i + limb];
      for (int k = 0; k < 8; k++) {
        b[1 + limb * 8 + k] = (byte) (v >>> (56 - 8 * k));
      }
    }
    return new BigInteger(b);
  }

  static BigInteger toSignedBig(long[] s, int i) {
    BigInteger v = toBig(s, i);
    return s[i] < 0 ? v.subtract(TWO_256) : v;
  }

  static void fromBig(long[] s, int i, BigInteger v) {
    BigInteger m = v.signum() < 0 || v.bitLength() > 256 ? v.mod(TWO_256) : v;
    s[i + 3] = m.longValue();
    s[i + 2] = m.shiftRight(64).longValue();
    s[i + 1] = m.shiftRight(128).longValue();
    s[i] = m.shiftRight(192).longValue();
  }

  /** True if the word is below 2^32: short division applies. */
  private static boolean fitsInt(long[] s, int i) {
    return fitsLong(s, i) && (s[i + 3] >>> 32) == 0;
  }

  /**
   * Short division of the word at {@code a} by {@code d} (0 &lt; d &lt; 2^32), 32 bits at a time:
   * writes the quotient at {@code q} when {@code q >= 0} and returns the remainder.
   */
  private static long divideByInt(long[] s, int a, long d, int q) {
    long rem = 0;
    boolean signedSafe = d < (1L << 31); // then every partial dividend is below 2^63
    for (int limb = 0; limb < 4; limb++) {
      long v = s[a + limb];
      long hi = (rem << 32) | (v >>> 32);
      long qHi;
      long qLo;
      if (signedSafe) {
        qHi = hi / d;
        rem = hi - qHi * d;
        long lo = (rem << 32) | (v & 0xffffffffL);
        qLo = lo / d;
        rem = lo - qLo * d;
      } else {
        qHi = Long.divideUnsigned(hi, d);
        rem = hi - qHi * d;
        long lo = (rem << 32) | (v & 0xffffffffL);
        qLo = Long.divideUnsigned(lo, d);
        rem = lo - qLo * d;
      }
      if (q >= 0) {
        s[q + limb] = (qHi << 32) | qLo; // limb already read, so q may equal a
      }
    }
    return rem;
  }

  /** b = a / b (0 if b is 0). */
  static void div(long[] s, int a, int b) {
    if (isZero(s, b)) {
      return;
    }
    if (fitsLong(s, a) && fitsLong(s, b)) {
      set(s, b, Long.divideUnsigned(s[a + 3], s[b + 3]));
      return;
    }
    if (fitsInt(s, b)) {
      divideByInt(s, a, s[b + 3], b);
      return;
    }
    fromBig(s, b, toBig(s, a).divide(toBig(s, b)));
  }

  /** b = a % b (0 if b is 0). */
  static void mod(long[] s, int a, int b) {
    if (isZero(s, b)) {
      return;
    }
    if (fitsLong(s, a) && fitsLong(s, b)) {
      set(s, b, Long.remainderUnsigned(s[a + 3], s[b + 3]));
      return;
    }
    if (fitsInt(s, b)) {
      set(s, b, divideByInt(s, a, s[b + 3], -1));
      return;
    }
    fromBig(s, b, toBig(s, a).mod(toBig(s, b)));
  }

  /** b = a / b signed, truncating toward zero; -2^255 / -1 overflows to -2^255. */
  static void sdiv(long[] s, int a, int b) {
    if (isZero(s, b)) {
      return;
    }
    fromBig(s, b, toSignedBig(s, a).divide(toSignedBig(s, b)));
  }

  /** b = a % b signed; the result takes the sign of a. */
  static void smod(long[] s, int a, int b) {
    if (isZero(s, b)) {
      return;
    }
    BigInteger x = toSignedBig(s, a);
    BigInteger r = x.abs().mod(toSignedBig(s, b).abs());
    fromBig(s, b, x.signum() < 0 ? r.negate() : r);
  }

  /** c = (a + b) % n over 257 bits; 0 if n is 0. Writes at c. */
  static void addmod(long[] s, int a, int b, int c) {
    if (isZero(s, c)) {
      return;
    }
    fromBig(s, c, toBig(s, a).add(toBig(s, b)).mod(toBig(s, c)));
  }

  /** c = (a * b) % n over 512 bits; 0 if n is 0. Writes at c. */
  static void mulmod(long[] s, int a, int b, int c) {
    if (isZero(s, c)) {
      return;
    }
    fromBig(s, c, toBig(s, a).multiply(toBig(s, b)).mod(toBig(s, c)));
  }

  /** b = a ** b mod 2^256, by square-and-multiply on limbs. */
  static void exp(long[] s, int a, int b) {
    if (isZero(s, b)) {
      set(s, b, 1);
      return;
    }
    if (fitsLong(s, a)
        && s[a + 3] == 2
        && fitsLong(s, b)
        && Long.compareUnsigned(s[b + 3], 256) < 0) {
      int bit = (int) s[b + 3];
      set(s, b, 0);
      s[b + 3 - bit / 64] = 1L << (bit % 64);
      return;
    }
    // scratch: [0..3] result, [4..7] base, [8..11] copy of base for squaring
    long[] t = new long[12];
    t[3] = 1;
    System.arraycopy(s, a, t, 4, 4);
    int bits = 256 - leadingZeros(s, b);
    for (int i = 0; i < bits; i++) {
      long limb = s[b + 3 - i / 64];
      if (((limb >>> (i % 64)) & 1) != 0) {
        mul(t, 4, 0);
      }
      if (i + 1 < bits) {
        System.arraycopy(t, 4, t, 8, 4);
        mul(t, 8, 4);
      }
    }
    System.arraycopy(t, 0, s, b, 4);
  }

  private static int leadingZeros(long[] s, int i) {
    for (int limb = 0; limb < 4; limb++) {
      if (s[i + limb] != 0) {
        return limb * 64 + Long.numberOfLeadingZeros(s[i + limb]);
      }
    }
    return 256;
  }

  /** Number of significant bytes of the word (for EXP's gas). */
  static int byteLength(long[] s, int i) {
    for (int limb = 0; limb < 4; limb++) {
      long v = s[i + limb];
      if (v != 0) {
        return (3 - limb) * 8 + (64 - Long.numberOfLeadingZeros(v) + 7) / 8;
      }
    }
    return 0;
  }

  /** b = signextend(a, b): extend b's sign from byte a (counted from the right). */
  static void signExtend(long[] s, int a, int b) {
    if (!fitsLong(s, a) || Long.compareUnsigned(s[a + 3], 31) >= 0) {
      return;
    }
    int bitIndex = (int) s[a + 3] * 8 + 7;
    int limb = 3 - bitIndex / 64;
    int bit = bitIndex % 64;
    boolean negative = ((s[b + limb] >>> bit) & 1) == 1;
    long fill = negative ? -1L : 0L;
    long mask = bit == 63 ? -1L : (1L << (bit + 1)) - 1;
    s[b + limb] = negative ? (s[b + limb] | ~mask) : (s[b + limb] & mask);
    for (int l = limb - 1; l >= 0; l--) {
      s[b + l] = fill;
    }
  }

  static int compareUnsigned(long[] s, int a, int b) {
    for (int k = 0; k < 4; k++) {
      int c = Long.compareUnsigned(s[a + k], s[b + k]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static int compareSigned(long[] s, int a, int b) {
    int c = Long.compare(s[a], s[b]);
    if (c != 0) {
      return c;
    }
    for (int k = 1; k < 4; k++) {
      c = Long.compareUnsigned(s[a + k], s[b + k]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** b = the a-th byte of b (0 = most significant), or 0 if a >= 32. */
  static void byteOp(long[] s, int a, int b) {
    if (!fitsLong(s, a) || Long.compareUnsigned(s[a + 3], 32) >= 0) {
      set(s, b, 0);
      return;
    }
    int n = (int) s[a + 3];
    long v = (s[b + n / 8] >>> (56 - 8 * (n % 8))) & 0xff;
    set(s, b, v);
  }

  /** b = b << a. */
  static void shl(long[] s, int a, int b) {
    if (!fitsLong(s, a) || Long.compareUnsigned(s[a + 3], 256) >= 0) {
      set(s, b, 0);
      return;
    }
    int shift = (int) s[a + 3];
    int limbs = shift / 64;
    int bits = shift % 64;
    long[] r = new long[4];
    for (int k = 0; k < 4; k++) {
      int src = k + limbs;
      if (src < 4) {
        long v = s[b + src] << bits;
        if (bits != 0 && src + 1 < 4) {
          v |= s[b + src + 1] >>> (64 - bits);
        }
        r[k] = v;
      }
    }
    System.arraycopy(r, 0, s, b, 4);
  }

  /** b = b >>> a (logical) or b >> a (arithmetic when {@code arithmetic}). */
  static void shr(long[] s, int a, int b, boolean arithmetic) {
    long fill = arithmetic && s[b] < 0 ? -1L : 0L;
    if (!fitsLong(s, a) || Long.compareUnsigned(s[a + 3], 256) >= 0) {
      s[b] = fill;
      s[b + 1] = fill;
      s[b + 2] = fill;
      s[b + 3] = fill;
      return;
    }
    int shift = (int) s[a + 3];
    int limbs = shift / 64;
    int bits = shift % 64;
    long[] r = new long[4];
    for (int k = 3; k >= 0; k--) {
      int src = k - limbs;
      long hi = src - 1 >= 0 ? s[b + src - 1] : fill;
      long cur = src >= 0 ? s[b + src] : fill;
      r[k] = bits == 0 ? cur : (cur >>> bits) | (hi << (64 - bits));
    }
    System.arraycopy(r, 0, s, b, 4);
  }
}
