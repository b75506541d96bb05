package org.jbcos.evm.precompile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimal ate pairing e: G1 × G2 → F_p¹² of alt_bn128: a Miller loop over 6u + 2 with two
 * Frobenius correction steps, then the final exponentiation to the power (p¹² - 1)/r.
 *
 * <p>G2 points live on the twist E'(F_p²); ψ(x, y) = (x·w², y·w³) maps them onto the curve over
 * F_p¹². The line through ψ(T) with slope λ·w (λ being the slope on the twist), taken at a G1 point
 * P, is y_P - λ·x_P·w + (λ·x_T - y_T)·w³. Vertical lines are left out: their values lie in F_p⁶,
 * which the final exponentiation maps to one.
 */
final class OptimalAtePairing {
  /** The BN parameter u of alt_bn128: p = 36u⁴ + 36u³ + 24u² + 6u + 1. */
  static final BigInteger U = new BigInteger("4965661367192848881");

  private static final BigInteger LOOP_COUNT =
      U.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO);

  private OptimalAtePairing() {}

  /** e(P, Q). */
  static Fp12 pairing(AffinePoint<Fp> p, AffinePoint<Fp2> q) {
    return finalExponentiation(millerLoop(List.of(p), List.of(q)));
  }

  /** Whether e(P_1, Q_1)·…·e(P_k, Q_k) = 1, with one shared final exponentiation. */
  static boolean isProductOne(List<AffinePoint<Fp>> ps, List<AffinePoint<Fp2>> qs) {
    return finalExponentiation(millerLoop(ps, qs)).isOne();
  }

  /** The product of the Miller loops of the pairs (ps[i], qs[i]), sharing the squarings. */
  static Fp12 millerLoop(List<AffinePoint<Fp>> ps, List<AffinePoint<Fp2>> qs) {
    int pairs = ps.size();
    List<AffinePoint<Fp2>> t = new ArrayList<>(qs);
    Fp12 f = Fp12.ONE;
    for (int bit = LOOP_COUNT.bitLength() - 2; bit >= 0; bit--) {
      f = f.square();
      for (int i = 0; i < pairs; i++) {
        f = f.multiply(doublingStep(t, i, ps.get(i)));
      }
      if (LOOP_COUNT.testBit(bit)) {
        for (int i = 0; i < pairs; i++) {
          f = f.multiply(additionStep(t, i, qs.get(i), ps.get(i)));
        }
      }
    }
    for (int i = 0; i < pairs; i++) {
      AffinePoint<Fp2> q1 = frobenius(qs.get(i));
      AffinePoint<Fp2> q2 = frobenius(q1);
      f = f.multiply(additionStep(t, i, q1, ps.get(i)));
      f = f.multiply(additionStep(t, i, new AffinePoint<>(q2.x(), q2.y().negate()), ps.get(i)));
    }
    return f;
  }

  /** Doubles the i-th running point and returns its tangent line evaluated at p. */
  private static Fp12 doublingStep(List<AffinePoint<Fp2>> t, int i, AffinePoint<Fp> p) {
    AffinePoint<Fp2> point = t.get(i);
    Fp2 xSquared = point.x().square();
    Fp2 slope = xSquared.twice().add(xSquared).multiply(point.y().twice().invert());
    Fp2 x3 = slope.square().subtract(point.x().twice());
    Fp2 y3 = slope.multiply(point.x().subtract(x3)).subtract(point.y());
    t.set(i, new AffinePoint<>(x3, y3));
    return line(slope, point, p);
  }

  /**
   * Adds q to the i-th running point and returns the chord through them evaluated at p. For points
   * of G2 the running point is never ±q (it is a multiple kQ with 1 < k < r - 1), so the chord is
   * never vertical.
   */
  private static Fp12 additionStep(
      List<AffinePoint<Fp2>> t, int i, AffinePoint<Fp2> q, AffinePoint<Fp> p) {
    AffinePoint<Fp2> point = t.get(i);
    Fp2 dx = q.x().subtract(point.x());
    if (dx.isZero()) {
      throw new IllegalStateException("vertical chord in the Miller loop: Q is not in G2");
    }
    Fp2 slope = q.y().subtract(point.y()).multiply(dx.invert());
    Fp2 x3 = slope.square().subtract(point.x()).subtract(q.x());
    Fp2 y3 = slope.multiply(point.x().subtract(x3)).subtract(point.y());
    t.set(i, new AffinePoint<>(x3, y3));
    return line(slope, point, p);
  }

  /** y_P - λ·x_P·w + (λ·x_T - y_T)·w³, in the basis of {@link Fp12}. */
  private static Fp12 line(Fp2 slope, AffinePoint<Fp2> t, AffinePoint<Fp> p) {
    Fp6 constant = new Fp6(new Fp2(p.y(), Fp.ZERO), Fp2.ZERO, Fp2.ZERO);
    Fp6 odd =
        new Fp6(slope.multiply(p.x()).negate(), slope.multiply(t.x()).subtract(t.y()), Fp2.ZERO);
    return new Fp12(constant, odd);
  }

  /** π on the twist, ψ⁻¹∘π∘ψ: (x̄·ξ^((p-1)/3), ȳ·ξ^((p-1)/2)); on G2 it multiplies by p. */
  static AffinePoint<Fp2> frobenius(AffinePoint<Fp2> q) {
    return new AffinePoint<>(
        q.x().conjugate().multiply(Fp12.frobeniusGamma(2)),
        q.y().conjugate().multiply(Fp12.frobeniusGamma(3)));
  }

  /**
   * f^((p¹² - 1)/r), split as (p⁶ - 1)(p² + 1) (the easy part, Frobenius maps and one inversion)
   * times (p⁴ - p² + 1)/r = λ0 + λ1·p + λ2·p² + p³ (the hard part), with λ0 = -36u³ - 30u² - 18u -
   * 2, λ1 = -36u³ - 18u² - 12u + 1 and λ2 = 6u² + 1 (Scott et al., "On the final exponentiation for
   * calculating pairings on ordinary elliptic curves").
   */
  static Fp12 finalExponentiation(Fp12 f) {
    Fp12 easy = f.conjugate().multiply(f.invert());
    easy = easy.frobenius().frobenius().multiply(easy);
    return hardPart(easy);
  }

  /** After the easy part f has norm 1, so its inverse is its conjugate. */
  private static Fp12 hardPart(Fp12 f) {
    Fp12 fu = f.pow(U);
    Fp12 fu2 = fu.pow(U);
    Fp12 fu3 = fu2.pow(U);
    Fp12 fu6 = pow(fu, 6);
    Fp12 fu2x6 = pow(fu2, 6);
    Fp12 fu3x36 = pow(fu3, 36);
    Fp12 fu2x18 = pow(fu2x6, 3);
    Fp12 lambda0 =
        fu3x36
            .multiply(fu2x18)
            .multiply(pow(fu2x6, 2))
            .multiply(pow(fu6, 3))
            .multiply(f.square())
            .conjugate();
    Fp12 lambda1 = fu3x36.multiply(fu2x18).multiply(pow(fu6, 2)).conjugate().multiply(f);
    Fp12 lambda2 = fu2x6.multiply(f);
    return lambda0
        .multiply(lambda1.frobenius())
        .multiply(lambda2.frobenius().frobenius())
        .multiply(f.frobenius().frobenius().frobenius());
  }

  private static Fp12 pow(Fp12 base, int exponent) {
    return base.pow(BigInteger.valueOf(exponent));
  }
}
