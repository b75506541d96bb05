package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FieldTowerTest {
  @Property(tries = 50)
  void fp2IsAField(@ForAll long seed) {
    Random random = new Random(seed);
    Fp2 a = randomFp2(random);
    Fp2 b = randomFp2(random);
    Fp2 c = randomFp2(random);
    assertFieldLaws(a, b, c, Fp2.ONE);
    assertThat(a.multiplyByXi()).isEqualTo(a.multiply(Fp2.XI));
    assertThat(a.conjugate()).isEqualTo(a.pow(Fp.P));
  }

  @Property(tries = 30)
  void fp6IsAField(@ForAll long seed) {
    Random random = new Random(seed);
    Fp6 a = randomFp6(random);
    Fp6 b = randomFp6(random);
    Fp6 c = randomFp6(random);
    assertFieldLaws(a, b, c, Fp6.ONE);
    Fp6 v = new Fp6(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
    assertThat(a.multiplyByV()).isEqualTo(a.multiply(v));
    assertThat(v.multiply(v).multiply(v)).isEqualTo(new Fp6(Fp2.XI, Fp2.ZERO, Fp2.ZERO));
  }

  @Property(tries = 20)
  void fp12IsAField(@ForAll long seed) {
    Random random = new Random(seed);
    Fp12 a = randomFp12(random);
    Fp12 b = randomFp12(random);
    Fp12 c = randomFp12(random);
    assertFieldLaws(a, b, c, Fp12.ONE);
  }

  @Property(tries = 5)
  void frobeniusIsThePowerP(@ForAll long seed) {
    Fp12 a = randomFp12(new Random(seed));
    assertThat(a.frobenius()).isEqualTo(a.pow(Fp.P));
  }

  @Test
  void twelveFrobeniusMapsAreTheIdentity() {
    Fp12 a = randomFp12(new Random(7));
    Fp12 image = a;
    for (int i = 0; i < 12; i++) {
      image = image.frobenius();
    }
    assertThat(image).isEqualTo(a);
    assertThat(a.frobenius()).isNotEqualTo(a);
  }

  @Test
  void wSquaredIsV() {
    Fp12 w = new Fp12(Fp6.ZERO, Fp6.ONE);
    assertThat(w.square()).isEqualTo(new Fp12(new Fp6(Fp2.ZERO, Fp2.ONE, Fp2.ZERO), Fp6.ZERO));
  }

  @Test
  void fpRejectsUnreducedValues() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fp.of(Fp.P))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static <E extends FieldElement<E>> void assertFieldLaws(E a, E b, E c, E one) {
    assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
    assertThat(a.multiply(b).multiply(c)).isEqualTo(a.multiply(b.multiply(c)));
    assertThat(a.add(b).multiply(c)).isEqualTo(a.multiply(c).add(b.multiply(c)));
    assertThat(a.square()).isEqualTo(a.multiply(a));
    assertThat(a.subtract(b).add(b)).isEqualTo(a);
    assertThat(a.add(a.negate()).isZero()).isTrue();
    assertThat(a.twice()).isEqualTo(a.add(a));
    assertThat(a.multiply(a.invert())).isEqualTo(one);
  }

  static Fp randomFp(Random random) {
    return Fp.of(new BigInteger(260, random).mod(Fp.P));
  }

  static Fp2 randomFp2(Random random) {
    return new Fp2(randomFp(random), randomFp(random));
  }

  static Fp6 randomFp6(Random random) {
    return new Fp6(randomFp2(random), randomFp2(random), randomFp2(random));
  }

  static Fp12 randomFp12(Random random) {
    return new Fp12(randomFp6(random), randomFp6(random));
  }
}
