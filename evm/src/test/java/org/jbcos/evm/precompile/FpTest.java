package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The limb arithmetic of {@link Fp} against BigInteger arithmetic modulo p. */
class FpTest {
  private static final BigInteger P = Fp.P;

  @Property(tries = 300)
  void agreesWithBigIntegerArithmetic(
      @ForAll("elements") BigInteger a, @ForAll("elements") BigInteger b) {
    Fp x = Fp.of(a);
    Fp y = Fp.of(b);
    assertThat(x.toBigInteger()).isEqualTo(a);
    assertThat(x.add(y).toBigInteger()).isEqualTo(a.add(b).mod(P));
    assertThat(x.subtract(y).toBigInteger()).isEqualTo(a.subtract(b).mod(P));
    assertThat(x.multiply(y).toBigInteger()).isEqualTo(a.multiply(b).mod(P));
    assertThat(x.square().toBigInteger()).isEqualTo(a.multiply(a).mod(P));
    assertThat(x.negate().toBigInteger()).isEqualTo(a.negate().mod(P));
    assertThat(x.isZero()).isEqualTo(a.signum() == 0);
    if (a.signum() != 0) {
      assertThat(x.invert().toBigInteger()).isEqualTo(a.modInverse(P));
    }
  }

  @Provide
  Arbitrary<BigInteger> elements() {
    BigInteger max = P.subtract(BigInteger.ONE);
    List<BigInteger> edges =
        List.of(
            BigInteger.ZERO,
            BigInteger.ONE,
            BigInteger.TWO,
            max,
            max.subtract(BigInteger.ONE),
            P.shiftRight(1),
            BigInteger.ONE.shiftLeft(64),
            BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(192),
            BigInteger.ONE.shiftLeft(253));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(edges)),
        net.jqwik.api.Tuple.of(3, Arbitraries.bigIntegers().between(BigInteger.ZERO, max)));
  }
}
