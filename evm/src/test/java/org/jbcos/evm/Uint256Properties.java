package org.jbcos.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every limb operation against a BigInteger reference, on words biased towards edge cases. */
class Uint256Properties {
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);
  private static final BigInteger HALF = BigInteger.ONE.shiftLeft(255);

  @Provide
  Arbitrary<BigInteger> words() {
    Arbitrary<BigInteger> any =
        Arbitraries.bigIntegers().between(BigInteger.ZERO, MOD.subtract(BigInteger.ONE));
    Arbitrary<BigInteger> small =
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(300));
    Arbitrary<BigInteger> edges =
        Arbitraries.of(
            BigInteger.ZERO,
            BigInteger.ONE,
            BigInteger.TWO,
            MOD.subtract(BigInteger.ONE),
            HALF,
            HALF.subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(64),
            BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(192));
    Arbitrary<BigInteger> smallDivisors =
        Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.ONE.shiftLeft(32));
    Arbitrary<BigInteger> powers =
        Arbitraries.integers().between(0, 255).map(b -> BigInteger.ONE.shiftLeft(b));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, any),
        net.jqwik.api.Tuple.of(2, small),
        net.jqwik.api.Tuple.of(2, edges),
        net.jqwik.api.Tuple.of(1, powers),
        net.jqwik.api.Tuple.of(2, smallDivisors));
  }

  private static long[] stack(BigInteger... topFirst) {
    long[] s = new long[4 * topFirst.length];
    for (int i = 0; i < topFirst.length; i++) {
      Uint256.fromBig(s, 4 * (topFirst.length - 1 - i), topFirst[i]);
    }
    return s;
  }

  private interface Binary {
    void apply(long[] s, int a, int b);
  }

  private static BigInteger binary(Binary op, BigInteger a, BigInteger b) {
    long[] s = stack(a, b); // a on top (index 4), b below (index 0)
    op.apply(s, 4, 0);
    return Uint256.toBig(s, 0);
  }

  private static BigInteger signed(BigInteger v) {
    return v.testBit(255) ? v.subtract(MOD) : v;
  }

  private static BigInteger wrap(BigInteger v) {
    return v.mod(MOD);
  }

  @Property(tries = 2000)
  void arithmetic(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
    assertThat(binary(Uint256::add, a, b)).isEqualTo(wrap(a.add(b)));
    assertThat(binary(Uint256::sub, a, b)).isEqualTo(wrap(a.subtract(b)));
    assertThat(binary(Uint256::mul, a, b)).isEqualTo(wrap(a.multiply(b)));
    BigInteger zero = BigInteger.ZERO;
    assertThat(binary(Uint256::div, a, b)).isEqualTo(b.signum() == 0 ? zero : a.divide(b));
    assertThat(binary(Uint256::mod, a, b)).isEqualTo(b.signum() == 0 ? zero : a.mod(b));
    BigInteger sa = signed(a);
    BigInteger sb = signed(b);
    assertThat(binary(Uint256::sdiv, a, b)).isEqualTo(b.signum() == 0 ? zero : wrap(sa.divide(sb)));
    BigInteger smod = sb.signum() == 0 ? zero : sa.abs().mod(sb.abs());
    assertThat(binary(Uint256::smod, a, b)).isEqualTo(wrap(sa.signum() < 0 ? smod.negate() : smod));
  }

  @Property(tries = 300)
  void exponentiation(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
    assertThat(binary(Uint256::exp, a, b)).isEqualTo(a.modPow(b, MOD));
  }

  @Property(tries = 300)
  void modularArithmetic(
      @ForAll("words") BigInteger a, @ForAll("words") BigInteger b, @ForAll("words") BigInteger n) {
    long[] s = stack(a, b, n);
    Uint256.addmod(s, 8, 4, 0);
    assertThat(Uint256.toBig(s, 0)).isEqualTo(n.signum() == 0 ? BigInteger.ZERO : a.add(b).mod(n));
    s = stack(a, b, n);
    Uint256.mulmod(s, 8, 4, 0);
    assertThat(Uint256.toBig(s, 0))
        .isEqualTo(n.signum() == 0 ? BigInteger.ZERO : a.multiply(b).mod(n));
  }

  @Property(tries = 400)
  void comparisonsAndBits(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
    long[] s = stack(a, b);
    assertThat(Integer.signum(Uint256.compareUnsigned(s, 4, 0))).isEqualTo(a.compareTo(b));
    assertThat(Integer.signum(Uint256.compareSigned(s, 4, 0)))
        .isEqualTo(signed(a).compareTo(signed(b)));
    int shift = a.bitLength() <= 9 ? a.intValue() : 1000;
    assertThat(binary(Uint256::shl, a, b))
        .isEqualTo(shift >= 256 ? BigInteger.ZERO : wrap(b.shiftLeft(shift)));
    assertThat(binary((x, i, j) -> Uint256.shr(x, i, j, false), a, b))
        .isEqualTo(shift >= 256 ? BigInteger.ZERO : b.shiftRight(shift));
    BigInteger sar =
        shift >= 256
            ? (signed(b).signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
            : signed(b).shiftRight(shift);
    assertThat(binary((x, i, j) -> Uint256.shr(x, i, j, true), a, b)).isEqualTo(wrap(sar));
    BigInteger byteIndex = a;
    BigInteger expectedByte =
        byteIndex.compareTo(BigInteger.valueOf(32)) >= 0
            ? BigInteger.ZERO
            : b.shiftRight(8 * (31 - byteIndex.intValue())).and(BigInteger.valueOf(0xff));
    assertThat(binary(Uint256::byteOp, a, b)).isEqualTo(expectedByte);
  }

  @Property(tries = 400)
  void signExtend(@ForAll("words") BigInteger a, @ForAll("words") BigInteger b) {
    BigInteger expected;
    if (a.compareTo(BigInteger.valueOf(31)) >= 0) {
      expected = b;
    } else {
      int bits = 8 * (a.intValue() + 1);
      BigInteger low = b.mod(BigInteger.ONE.shiftLeft(bits));
      expected = low.testBit(bits - 1) ? wrap(low.subtract(BigInteger.ONE.shiftLeft(bits))) : low;
    }
    assertThat(binary(Uint256::signExtend, a, b)).isEqualTo(expected);
  }

  @net.jqwik.api.Example
  void twoToAHugeExponentWraps() {
    // found by exponentiation(): an exponent of 2^64-1 once took the 2^k fast path as -1
    BigInteger e = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    assertThat(binary(Uint256::exp, BigInteger.TWO, e)).isEqualTo(BigInteger.TWO.modPow(e, MOD));
  }

  @Property(tries = 200)
  void byteLength(@ForAll("words") BigInteger a) {
    long[] s = stack(a);
    assertThat(Uint256.byteLength(s, 0)).isEqualTo((a.bitLength() + 7) / 8);
  }
}
