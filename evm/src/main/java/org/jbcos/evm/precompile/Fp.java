package org.jbcos.evm.precompile;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An element of the alt_bn128 base field F_p, kept in Montgomery form: the four 64-bit limbs (least
 * significant first) hold x·2²⁵⁶ mod p, fully reduced, so equal elements have equal limbs.
 * Multiplication is CIOS Montgomery multiplication, several times faster than BigInteger's
 * multiply-then-divide and the hot spot of the pairing.
 */
final class Fp implements FieldElement<Fp> {
  static final BigInteger P =
      new BigInteger(
          "21888242871839275222246405745257275088696311157297823662689037894645226208583");

  private static final int LIMBS = 4;
  private static final long[] MODULUS = limbsOf(P);
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  /** -p⁻¹ mod 2⁶⁴, which makes the low limb vanish in each reduction step. */
  private static final long INVERSE_NEG_P = P.negate().modInverse(TWO_TO_64).longValue();

  /** (2²⁵⁶)² mod p: Montgomery-multiplying by it converts into Montgomery form. */
  private static final long[] R_SQUARED = limbsOf(BigInteger.ONE.shiftLeft(512).mod(P));

  static final Fp ZERO = new Fp(new long[LIMBS]);
  static final Fp ONE = of(BigInteger.ONE);

  private final long[] limbs;

  private Fp(long[] limbs) {
    this.limbs = limbs;
  }

  /** {@code value}, which must already be in [0, p). */
  static Fp of(BigInteger value) {
    if (value.signum() < 0 || value.compareTo(P) >= 0) {
      throw new IllegalArgumentException("not a field element: " + value);
    }
    return new Fp(montgomeryMultiply(limbsOf(value), R_SQUARED));
  }

  static Fp of(long value) {
    return of(BigInteger.valueOf(value));
  }

  BigInteger toBigInteger() {
    long[] one = {1, 0, 0, 0};
    long[] plain = montgomeryMultiply(limbs, one);
    byte[] bigEndian = new byte[8 * LIMBS];
    for (int i = 0; i < LIMBS; i++) {
      long limb = plain[LIMBS - 1 - i];
      for (int k = 0; k < 8; k++) {
        bigEndian[8 * i + k] = (byte) (limb >>> (56 - 8 * k));
      }
    }
    return new BigInteger(1, bigEndian);
  }

  @Override
  public Fp add(Fp other) {
    // p < 2²⁵⁴, so the sum of two reduced values cannot carry out of the top limb.
    long[] sum = new long[LIMBS];
    long carry = 0;
    for (int i = 0; i < LIMBS; i++) {
      long partial = limbs[i] + carry;
      long c1 = Long.compareUnsigned(partial, carry) < 0 ? 1 : 0;
      long total = partial + other.limbs[i];
      long c2 = Long.compareUnsigned(total, partial) < 0 ? 1 : 0;
      sum[i] = total;
      carry = c1 + c2;
    }
    if (!lessThanModulus(sum)) {
      subtractModulus(sum);
    }
    return new Fp(sum);
  }

  @Override
  public Fp subtract(Fp other) {
    long[] difference = new long[LIMBS];
    long borrow = 0;
    for (int i = 0; i < LIMBS; i++) {
      long a = limbs[i];
      long b = other.limbs[i];
      long d = a - b - borrow;
      borrow = (Long.compareUnsigned(a, b) < 0 || (a == b && borrow == 1)) ? 1 : 0;
      difference[i] = d;
    }
    if (borrow != 0) {
      addModulus(difference);
    }
    return new Fp(difference);
  }

  @Override
  public Fp multiply(Fp other) {
    return new Fp(montgomeryMultiply(limbs, other.limbs));
  }

  @Override
  public Fp square() {
    return new Fp(montgomeryMultiply(limbs, limbs));
  }

  @Override
  public Fp negate() {
    return isZero() ? this : ZERO.subtract(this);
  }

  /** Inverts through BigInteger: a few microseconds, and rare next to multiplications. */
  @Override
  public Fp invert() {
    return of(toBigInteger().modInverse(P));
  }

  @Override
  public boolean isZero() {
    return (limbs[0] | limbs[1] | limbs[2] | limbs[3]) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fp other && Arrays.equals(limbs, other.limbs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(limbs);
  }

  @Override
  public String toString() {
    return toBigInteger().toString(16);
  }

  /** a·b·2⁻²⁵⁶ mod p for a, b < p (coarsely integrated operand scanning). */
  private static long[] montgomeryMultiply(long[] a, long[] b) {
    long[] t = new long[LIMBS + 2];
    for (int i = 0; i < LIMBS; i++) {
      long bi = b[i];
      long carry = 0;
      for (int j = 0; j < LIMBS; j++) {
        long lo = a[j] * bi;
        long hi = unsignedMultiplyHigh(a[j], bi);
        lo += t[j];
        if (Long.compareUnsigned(lo, t[j]) < 0) {
          hi++;
        }
        lo += carry;
        if (Long.compareUnsigned(lo, carry) < 0) {
          hi++;
        }
        t[j] = lo;
        carry = hi;
      }
      long top = t[LIMBS] + carry;
      t[LIMBS + 1] = Long.compareUnsigned(top, carry) < 0 ? 1 : 0;
      t[LIMBS] = top;

      long m = t[0] * INVERSE_NEG_P;
      long lo = m * MODULUS[0];
      long hi = unsignedMultiplyHigh(m, MODULUS[0]);
      lo += t[0];
      if (Long.compareUnsigned(lo, t[0]) < 0) {
        hi++;
      }
      carry = hi;
      for (int j = 1; j < LIMBS; j++) {
        lo = m * MODULUS[j];
        hi = unsignedMultiplyHigh(m, MODULUS[j]);
        lo += t[j];
        if (Long.compareUnsigned(lo, t[j]) < 0) {
          hi++;
        }
        lo += carry;
        if (Long.compareUnsigned(lo, carry) < 0) {
          hi++;
        }
        t[j - 1] = lo;
        carry = hi;
      }
      top = t[LIMBS] + carry;
      t[LIMBS - 1] = top;
      t[LIMBS] = t[LIMBS + 1] + (Long.compareUnsigned(top, carry) < 0 ? 1 : 0);
    }
    long[] result = Arrays.copyOf(t, LIMBS);
    if (t[LIMBS] != 0 || !lessThanModulus(result)) {
      subtractModulus(result);
    }
    return result;
  }

  private static long unsignedMultiplyHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  private static boolean lessThanModulus(long[] value) {
    for (int i = LIMBS - 1; i >= 0; i--) {
      int comparison = Long.compareUnsigned(value[i], MODULUS[i]);
      if (comparison != 0) {
        return comparison < 0;
      }
    }
    return false;
  }

  private static void subtractModulus(long[] value) {
    long borrow = 0;
    for (int i = 0; i < LIMBS; i++) {
      long a = value[i];
      long b = MODULUS[i];
      value[i] = a - b - borrow;
      borrow = (Long.compareUnsigned(a, b) < 0 || (a == b && borrow == 1)) ? 1 : 0;
    }
  }

  private static void addModulus(long[] value) {
    long carry = 0;
    for (int i = 0; i < LIMBS; i++) {
      long partial = value[i] + carry;
      long c1 = Long.compareUnsigned(partial, carry) < 0 ? 1 : 0;
      long total = partial + MODULUS[i];
      long c2 = Long.compareUnsigned(total, partial) < 0 ? 1 : 0;
      value[i] = total;
      carry = c1 + c2;
    }
  }

  private static long[] limbsOf(BigInteger value) {
    long[] out = new long[LIMBS];
    for (int i = 0; i < LIMBS; i++) {
      out[i] = value.shiftRight(64 * i).longValue();
    }
    return out;
  }
}
