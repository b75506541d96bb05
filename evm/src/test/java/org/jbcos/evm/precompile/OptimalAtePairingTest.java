package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

class OptimalAtePairingTest {
  private static final AffinePoint<Fp> G1 = AltBn128.G1.point(Fp.ONE, Fp.of(2)).toAffine();
  private static final JacobianPoint<Fp2> G2 =
      AltBn128.decodeG2(Hex.decode(Bn128PairingTest.G2), 0).orElseThrow();

  /**
   * e(G1, G2): another implementation's Miller loop raised to exactly (p¹² - 1)/r, in the same
   * tower (ξ = 9 + i, v³ = ξ, w² = v); coefficients (c0, c1) of F_p² in the order w⁰, w², w⁴, w¹,
   * w³, w⁵. (Fast final exponentiations elsewhere often raise to a multiple of that exponent, which
   * answers the pairing check the same but gives another F_p¹² value.)
   */
  private static final String[] GENERATOR_PAIRING = {
    "12c70e90e12b7874510cd1707e8856f71bf7f61d72631e268fca81000db9a1f5",
    "084f330485b09e866bc2f2ea2b897394deaf3f12aa31f28cb0552990967d4704",
    "0e841c2ac18a4003ac9326b9558380e0bc27fdd375e3605f96b819a358d34bde",
    "2067586885c3318eeffa1938c754fe3c60224ee5ae15e66af6b5104c47c8c5d8",
    "01676555de427abc409c4a394bc5426886302996919d4bf4bdd02236e14b3636",
    "2b03614464f04dd772d86df88674c270ffc8747ea13e72da95e3594468f222c4",
    "2c53748bcd21a7c038fb30ddc8ac3bf0af25d7859cfbc12c30c866276c565909",
    "27ed208e7a0b55ae6e710bbfbd2fd922669c026360e37cc5b2ab862411536104",
    "1ad9db1937fd72f4ac462173d31d3d6117411fa48dba8d499d762b47edb3b54a",
    "279db296f9d479292532c7c493d8e0722b6efae42158387564889c79fc038ee3",
    "0dc26f240656bbe2029bd441d77c221f0ba4c70c94b29b5f17f0f6d08745a069",
    "108c19d15f9446f744d0f110405d3856d6cc3bda6c4d537663729f5257628417"
  };

  @Test
  void pairingOfTheGeneratorsMatchesAnIndependentMillerLoop() {
    Fp12 expected = new Fp12(new Fp6(fp2(0), fp2(1), fp2(2)), new Fp6(fp2(3), fp2(4), fp2(5)));
    assertThat(OptimalAtePairing.pairing(G1, G2.toAffine())).isEqualTo(expected);
  }

  @Test
  void isBilinear() {
    AffinePoint<Fp> threeG1 = multiplyG1(3);
    AffinePoint<Fp2> fiveG2 = G2.multiply(BigInteger.valueOf(5)).toAffine();
    Fp12 e15 = OptimalAtePairing.pairing(multiplyG1(15), G2.toAffine());
    assertThat(OptimalAtePairing.pairing(threeG1, fiveG2)).isEqualTo(e15);
    assertThat(OptimalAtePairing.pairing(G1, G2.toAffine()).pow(BigInteger.valueOf(15)))
        .isEqualTo(e15);
  }

  @Test
  void valuesHaveOrderR() {
    Fp12 e = OptimalAtePairing.pairing(G1, G2.toAffine());
    assertThat(e.isOne()).isFalse();
    assertThat(e.pow(AltBn128.ORDER).isOne()).isTrue();
  }

  @Test
  void productOfInversePairsIsOne() {
    AffinePoint<Fp> p = multiplyG1(123456789);
    AffinePoint<Fp2> q = G2.multiply(BigInteger.valueOf(987654321)).toAffine();
    AffinePoint<Fp> minusP = new AffinePoint<>(p.x(), p.y().negate());
    assertThat(OptimalAtePairing.isProductOne(List.of(p, minusP), List.of(q, q))).isTrue();
    assertThat(OptimalAtePairing.isProductOne(List.of(p, p), List.of(q, q))).isFalse();
  }

  @Test
  void twistFrobeniusMultipliesG2ByP() {
    AffinePoint<Fp2> q = G2.multiply(BigInteger.valueOf(7)).toAffine();
    AffinePoint<Fp2> pq =
        AltBn128.TWIST.point(q.x(), q.y()).multiply(Fp.P.mod(AltBn128.ORDER)).toAffine();
    assertThat(OptimalAtePairing.frobenius(q)).isEqualTo(pq);
  }

  private static AffinePoint<Fp> multiplyG1(long k) {
    return AltBn128.G1.point(G1.x(), G1.y()).multiply(BigInteger.valueOf(k)).toAffine();
  }

  private static Fp2 fp2(int index) {
    return new Fp2(
        Fp.of(new BigInteger(GENERATOR_PAIRING[2 * index], 16)),
        Fp.of(new BigInteger(GENERATOR_PAIRING[2 * index + 1], 16)));
  }
}
