package org.jbcos.evm.precompile;

/** An element of a finite field, immutable; what the curve arithmetic needs of its coordinates. */
interface FieldElement<E extends FieldElement<E>> {
  E add(E other);

  E subtract(E other);

  E multiply(E other);

  E square();

  E negate();

  /** The multiplicative inverse; throws {@link ArithmeticException} for zero. */
  E invert();

  boolean isZero();

  default E twice() {
    @SuppressWarnings("unchecked")
    E self = (E) this;
    return add(self);
  }
}
