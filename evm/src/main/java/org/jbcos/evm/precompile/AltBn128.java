package org.jbcos.evm.precompile;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The alt_bn128 (BN254) groups as EIP-196 and EIP-197 encode them: G1 on y² = x³ + 3 over F_p, G2
 * on the twist y² = x³ + 3/ξ over F_p², both of prime order r. A G1 point is 64 bytes (x, y); a G2
 * point is 128 bytes (x.c1, x.c0, y.c1, y.c0), the imaginary part first. All-zero bytes encode the
 * point at infinity.
 */
final class AltBn128 {
  /** r, the order of G1 and G2. */
  static final BigInteger ORDER =
      new BigInteger(
          "21888242871839275222246405745257275088548364400416034343698204186575808495617");

  static final ShortWeierstrassCurve<Fp> G1 =
      new ShortWeierstrassCurve<>(Fp.of(3), Fp.ZERO, Fp.ONE);
  static final ShortWeierstrassCurve<Fp2> TWIST =
      new ShortWeierstrassCurve<>(
          new Fp2(Fp.of(3), Fp.ZERO).multiply(Fp2.XI.invert()), Fp2.ZERO, Fp2.ONE);

  static final int G1_SIZE = 64;
  static final int G2_SIZE = 128;

  private AltBn128() {}

  /** The G1 point at {@code offset}, or empty if a coordinate is ≥ p or it is off the curve. */
  static Optional<JacobianPoint<Fp>> decodeG1(byte[] in, int offset) {
    Optional<Fp> x = element(in, offset);
    Optional<Fp> y = element(in, offset + 32);
    if (x.isEmpty() || y.isEmpty()) {
      return Optional.empty();
    }
    if (x.get().isZero() && y.get().isZero()) {
      return Optional.of(G1.infinity());
    }
    if (!G1.contains(x.get(), y.get())) {
      return Optional.empty();
    }
    return Optional.of(G1.point(x.get(), y.get()));
  }

  /**
   * The G2 point at {@code offset}, or empty if a coordinate is ≥ p, it is off the twist, or it is
   * not in the order-r subgroup (the twist has other points too).
   */
  static Optional<JacobianPoint<Fp2>> decodeG2(byte[] in, int offset) {
    Optional<Fp> xImaginary = element(in, offset);
    Optional<Fp> xReal = element(in, offset + 32);
    Optional<Fp> yImaginary = element(in, offset + 64);
    Optional<Fp> yReal = element(in, offset + 96);
    if (xImaginary.isEmpty() || xReal.isEmpty() || yImaginary.isEmpty() || yReal.isEmpty()) {
      return Optional.empty();
    }
    Fp2 x = new Fp2(xReal.get(), xImaginary.get());
    Fp2 y = new Fp2(yReal.get(), yImaginary.get());
    if (x.isZero() && y.isZero()) {
      return Optional.of(TWIST.infinity());
    }
    if (!TWIST.contains(x, y)) {
      return Optional.empty();
    }
    JacobianPoint<Fp2> point = TWIST.point(x, y);
    if (!point.multiply(ORDER).isInfinity()) {
      return Optional.empty();
    }
    return Optional.of(point);
  }

  /** 64 bytes x ‖ y, all zeros for the point at infinity. */
  static byte[] encodeG1(JacobianPoint<Fp> point) {
    byte[] out = new byte[G1_SIZE];
    if (!point.isInfinity()) {
      AffinePoint<Fp> affine = point.toAffine();
      writeWord(affine.x().toBigInteger(), out, 0);
      writeWord(affine.y().toBigInteger(), out, 32);
    }
    return out;
  }

  private static Optional<Fp> element(byte[] in, int offset) {
    BigInteger value = new BigInteger(1, Arrays.copyOfRange(in, offset, offset + 32));
    return value.compareTo(Fp.P) < 0 ? Optional.of(Fp.of(value)) : Optional.empty();
  }

  private static void writeWord(BigInteger value, byte[] out, int offset) {
    byte[] raw = value.toByteArray();
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, offset + 32 - copy, copy);
  }
}
