package org.jbcos.evm.precompile;

import java.math.BigInteger;

/**
 * A point of a {@link ShortWeierstrassCurve} in Jacobian coordinates: (X, Y, Z) stands for the
 * affine point (X/Z², Y/Z³), and Z = 0 for the point at infinity. Working without inversions makes
 * scalar multiplication fast; {@link #toAffine()} pays the one inversion at the end.
 */
final class JacobianPoint<E extends FieldElement<E>> {
  private final ShortWeierstrassCurve<E> curve;
  private final E x;
  private final E y;
  private final E z;

  JacobianPoint(ShortWeierstrassCurve<E> curve, E x, E y, E z) {
    this.curve = curve;
    this.x = x;
    this.y = y;
    this.z = z;
  }

  boolean isInfinity() {
    return z.isZero();
  }

  JacobianPoint<E> negate() {
    return new JacobianPoint<>(curve, x, y.negate(), z);
  }

  /** 2·this (the a = 0 doubling formulas, "dbl-2009-l"). */
  JacobianPoint<E> doubled() {
    if (isInfinity()) {
      return this;
    }
    E a = x.square();
    E b = y.square();
    E c = b.square();
    E d = x.add(b).square().subtract(a).subtract(c).twice();
    E e = a.twice().add(a);
    E f = e.square();
    E x3 = f.subtract(d.twice());
    E eightC = c.twice().twice().twice();
    E y3 = e.multiply(d.subtract(x3)).subtract(eightC);
    E z3 = y.multiply(z).twice();
    return new JacobianPoint<>(curve, x3, y3, z3);
  }

  /** this + other ("add-2007-bl"), falling back to doubling when both are the same point. */
  JacobianPoint<E> add(JacobianPoint<E> other) {
    if (isInfinity()) {
      return other;
    }
    if (other.isInfinity()) {
      return this;
    }
    E z1z1 = z.square();
    E z2z2 = other.z.square();
    E u1 = x.multiply(z2z2);
    E u2 = other.x.multiply(z1z1);
    E s1 = y.multiply(other.z).multiply(z2z2);
    E s2 = other.y.multiply(z).multiply(z1z1);
    E h = u2.subtract(u1);
    E r = s2.subtract(s1).twice();
    if (h.isZero()) {
      return r.isZero() ? doubled() : curve.infinity();
    }
    E i = h.twice().square();
    E j = h.multiply(i);
    E v = u1.multiply(i);
    E x3 = r.square().subtract(j).subtract(v.twice());
    E y3 = r.multiply(v.subtract(x3)).subtract(s1.multiply(j).twice());
    E z3 = z.add(other.z).square().subtract(z1z1).subtract(z2z2).multiply(h);
    return new JacobianPoint<>(curve, x3, y3, z3);
  }

  /** {@code k}·this for k ≥ 0, by double-and-add (inputs are public, so no need to hide k). */
  JacobianPoint<E> multiply(BigInteger k) {
    JacobianPoint<E> result = curve.infinity();
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      result = result.doubled();
      if (k.testBit(i)) {
        result = result.add(this);
      }
    }
    return result;
  }

  /** The affine coordinates {x, y}; the point must not be at infinity. */
  AffinePoint<E> toAffine() {
    if (isInfinity()) {
      throw new IllegalStateException("the point at infinity has no affine coordinates");
    }
    E zInverse = z.invert();
    E zInverseSquared = zInverse.square();
    return new AffinePoint<>(
        x.multiply(zInverseSquared), y.multiply(zInverseSquared).multiply(zInverse));
  }
}
