package org.jbcos.evm.precompile;

import java.math.BigInteger;

/**
 * An element {@code c0 + c1·w} of F_p¹² = F_p⁶[w]/(w² - v), where the pairing takes its values.
 * Over F_p² the basis is w⁰, w², w⁴ (in c0) and w¹, w³, w⁵ (in c1), since w² = v and w⁶ = ξ.
 */
final class Fp12 implements FieldElement<Fp12> {
  static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

  /** γ_k = ξ^(k(p-1)/6): the Frobenius map sends w^k to γ_k·w^k. */
  private static final Fp2[] FROBENIUS_GAMMA = new Fp2[6];

  static {
    BigInteger sixth = Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
    for (int k = 0; k < 6; k++) {
      FROBENIUS_GAMMA[k] = Fp2.XI.pow(sixth.multiply(BigInteger.valueOf(k)));
    }
  }

  final Fp6 c0;
  final Fp6 c1;

  Fp12(Fp6 c0, Fp6 c1) {
    this.c0 = c0;
    this.c1 = c1;
  }

  static Fp2 frobeniusGamma(int k) {
    return FROBENIUS_GAMMA[k];
  }

  @Override
  public Fp12 add(Fp12 o) {
    return new Fp12(c0.add(o.c0), c1.add(o.c1));
  }

  @Override
  public Fp12 subtract(Fp12 o) {
    return new Fp12(c0.subtract(o.c0), c1.subtract(o.c1));
  }

  @Override
  public Fp12 multiply(Fp12 o) {
    Fp6 t0 = c0.multiply(o.c0);
    Fp6 t1 = c1.multiply(o.c1);
    Fp6 cross = c0.add(c1).multiply(o.c0.add(o.c1));
    return new Fp12(t0.add(t1.multiplyByV()), cross.subtract(t0).subtract(t1));
  }

  /** (c0 + c1·w)² = (c0 + c1)(c0 + v·c1) - (1 + v)·c0·c1 + 2·c0·c1·w. */
  @Override
  public Fp12 square() {
    Fp6 product = c0.multiply(c1);
    Fp6 mixed = c0.add(c1).multiply(c0.add(c1.multiplyByV()));
    return new Fp12(mixed.subtract(product).subtract(product.multiplyByV()), product.add(product));
  }

  @Override
  public Fp12 negate() {
    return new Fp12(c0.negate(), c1.negate());
  }

  @Override
  public Fp12 invert() {
    Fp6 normInverse = c0.square().subtract(c1.square().multiplyByV()).invert();
    return new Fp12(c0.multiply(normInverse), c1.negate().multiply(normInverse));
  }

  /** x^(p⁶): the conjugate over F_p⁶; the inverse for elements of norm 1 (after the easy part). */
  Fp12 conjugate() {
    return new Fp12(c0, c1.negate());
  }

  /** x ↦ x^p: conjugate each F_p² coefficient, then scale the coefficient of w^k by γ_k. */
  Fp12 frobenius() {
    return new Fp12(
        new Fp6(
            c0.c0.conjugate(),
            c0.c1.conjugate().multiply(FROBENIUS_GAMMA[2]),
            c0.c2.conjugate().multiply(FROBENIUS_GAMMA[4])),
        new Fp6(
            c1.c0.conjugate().multiply(FROBENIUS_GAMMA[1]),
            c1.c1.conjugate().multiply(FROBENIUS_GAMMA[3]),
            c1.c2.conjugate().multiply(FROBENIUS_GAMMA[5])));
  }

  Fp12 pow(BigInteger exponent) {
    Fp12 result = ONE;
    for (int i = exponent.bitLength() - 1; i >= 0; i--) {
      result = result.square();
      if (exponent.testBit(i)) {
        result = result.multiply(this);
      }
    }
    return result;
  }

  boolean isOne() {
    return equals(ONE);
  }

  @Override
  public boolean isZero() {
    return c0.isZero() && c1.isZero();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fp12 other && c0.equals(other.c0) && c1.equals(other.c1);
  }

  @Override
  public int hashCode() {
    return 31 * c0.hashCode() + c1.hashCode();
  }

  @Override
  public String toString() {
    return "{" + c0 + ", " + c1 + "}";
  }
}
