package org.jbcos.evm.precompile;

import java.math.BigInteger;

/** An element {@code c0 + c1·i} of F_p² = F_p[i]/(i² + 1). */
final class Fp2 implements FieldElement<Fp2> {
  static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
  static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);

  /** ξ = 9 + i, the non-residue that defines F_p⁶ and the sextic twist. */
  static final Fp2 XI = new Fp2(Fp.of(9), Fp.ONE);

  final Fp c0;
  final Fp c1;

  Fp2(Fp c0, Fp c1) {
    this.c0 = c0;
    this.c1 = c1;
  }

  @Override
  public Fp2 add(Fp2 o) {
    return new Fp2(c0.add(o.c0), c1.add(o.c1));
  }

  @Override
  public Fp2 subtract(Fp2 o) {
    return new Fp2(c0.subtract(o.c0), c1.subtract(o.c1));
  }

  @Override
  public Fp2 multiply(Fp2 o) {
    Fp t0 = c0.multiply(o.c0);
    Fp t1 = c1.multiply(o.c1);
    Fp cross = c0.add(c1).multiply(o.c0.add(o.c1));
    return new Fp2(t0.subtract(t1), cross.subtract(t0).subtract(t1));
  }

  Fp2 multiply(Fp scalar) {
    return new Fp2(c0.multiply(scalar), c1.multiply(scalar));
  }

  @Override
  public Fp2 square() {
    Fp product = c0.multiply(c1);
    return new Fp2(c0.add(c1).multiply(c0.subtract(c1)), product.add(product));
  }

  @Override
  public Fp2 negate() {
    return new Fp2(c0.negate(), c1.negate());
  }

  @Override
  public Fp2 invert() {
    Fp normInverse = c0.square().add(c1.square()).invert();
    return new Fp2(c0.multiply(normInverse), c1.negate().multiply(normInverse));
  }

  /** {@code c0 - c1·i}, which is also the Frobenius map x ↦ x^p. */
  Fp2 conjugate() {
    return new Fp2(c0, c1.negate());
  }

  /** This times ξ = 9 + i. */
  Fp2 multiplyByXi() {
    Fp nine0 = times9(c0);
    Fp nine1 = times9(c1);
    return new Fp2(nine0.subtract(c1), c0.add(nine1));
  }

  private static Fp times9(Fp x) {
    Fp eight = x.twice().twice().twice();
    return eight.add(x);
  }

  Fp2 pow(BigInteger exponent) {
    Fp2 result = ONE;
    for (int i = exponent.bitLength() - 1; i >= 0; i--) {
      result = result.square();
      if (exponent.testBit(i)) {
        result = result.multiply(this);
      }
    }
    return result;
  }

  @Override
  public boolean isZero() {
    return c0.isZero() && c1.isZero();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fp2 other && c0.equals(other.c0) && c1.equals(other.c1);
  }

  @Override
  public int hashCode() {
    return 31 * c0.hashCode() + c1.hashCode();
  }

  @Override
  public String toString() {
    return "(" + c0 + " + " + c1 + "·i)";
  }
}
