package org.jbcos.evm.precompile;

/**
 * The curve y² = x³ + b over a field E, as both alt_bn128 groups are: G1 over F_p with b = 3, and
 * G2 on the sextic twist over F_p² with b = 3/ξ.
 *
 * @param zero the field's additive identity
 * @param one the field's multiplicative identity
 */
record ShortWeierstrassCurve<E extends FieldElement<E>>(E b, E zero, E one) {
  boolean contains(E x, E y) {
    return y.square().equals(x.square().multiply(x).add(b));
  }

  JacobianPoint<E> infinity() {
    return new JacobianPoint<>(this, one, one, zero);
  }

  /** The point (x, y), which must be on the curve. */
  JacobianPoint<E> point(E x, E y) {
    return new JacobianPoint<>(this, x, y, one);
  }
}
