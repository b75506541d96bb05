package org.jbcos.evm.precompile;

/** A finite curve point (x, y); the point at infinity is kept out of this type. */
record AffinePoint<E extends FieldElement<E>>(E x, E y) {}
