package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.evm.precompile.Bn128AddTest.G1;
import static org.jbcos.evm.precompile.Bn128AddTest.INFINITY;
import static org.jbcos.evm.precompile.Bn128AddTest.TWO_G1;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jbcos.crypto.Bytes32;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

class Bn128MulTest {
  private final Bn128Mul mul = new Bn128Mul(Bn128Prices.ISTANBUL);
  private final Bn128Add add = new Bn128Add(Bn128Prices.ISTANBUL);

  @Test
  void twoTimesTheGeneratorIsItsDouble() {
    assertOutput(G1 + scalar(BigInteger.TWO), TWO_G1);
  }

  @Test
  void a128BitScalar() {
    assertOutput(
        G1 + scalar(new BigInteger("1234567890abcdef1234567890abcdef", 16)),
        "2eded70c0cad496f53305e78d0c643a4d5feb663fe521ce25f0204b36ba72738"
            + "268dc27d484924257e5f197df67bbf84d23861f18b41dbfb9a8596b6bbb6ac4b");
  }

  @Test
  void scalarsWorkModuloTheGroupOrder() {
    assertOutput(G1 + scalar(BigInteger.ZERO), INFINITY);
    assertOutput(G1 + scalar(AltBn128.ORDER), INFINITY);
    assertOutput(G1 + scalar(AltBn128.ORDER.add(BigInteger.TWO)), TWO_G1);
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    byte[] byMax = mul.compute(Hex.decode(G1 + scalar(max))).output();
    byte[] byReduced = mul.compute(Hex.decode(G1 + scalar(max.mod(AltBn128.ORDER)))).output();
    assertThat(byMax).isEqualTo(byReduced);
  }

  @Test
  void infinityTimesAnythingIsInfinity() {
    assertOutput(INFINITY + scalar(BigInteger.valueOf(12345)), INFINITY);
  }

  @Test
  void shortInputIsRightPaddedWithZeros() {
    assertOutput("", INFINITY);
    assertOutput(G1, INFINITY);
    // a 16-byte scalar 0x02 followed by the 16 missing bytes: 2^129
    byte[] truncated = mul.compute(Hex.decode(G1 + "00".repeat(15) + "02")).output();
    assertThat(truncated)
        .isEqualTo(mul.compute(Hex.decode(G1 + scalar(BigInteger.ONE.shiftLeft(129)))).output());
  }

  @Test
  void invalidPointsFail() {
    String offCurve = "00".repeat(31) + "01" + "00".repeat(31) + "03";
    assertThat(mul.compute(Hex.decode(offCurve + scalar(BigInteger.ZERO))).success()).isFalse();
    String xIsP = Bn128AddTest.FIELD_MODULUS + G1.substring(64);
    assertThat(mul.compute(Hex.decode(xIsP + scalar(BigInteger.ONE))).success()).isFalse();
  }

  @Property(tries = 30)
  void distributesOverScalarAddition(@ForAll long a, @ForAll long b) {
    BigInteger x = BigInteger.valueOf(a).abs();
    BigInteger y = BigInteger.valueOf(b).abs();
    byte[] ax = mul.compute(Hex.decode(G1 + scalar(x))).output();
    byte[] by = mul.compute(Hex.decode(G1 + scalar(y))).output();
    byte[] sum = add.compute(concat(ax, by)).output();
    assertThat(sum).isEqualTo(mul.compute(Hex.decode(G1 + scalar(x.add(y)))).output());
  }

  @Test
  void gasDependsOnThePriceSet() {
    assertThat(new Bn128Mul(Bn128Prices.BYZANTIUM).gasRequirement(new byte[96])).isEqualTo(40_000);
    assertThat(mul.gasRequirement(new byte[96])).isEqualTo(6_000);
  }

  private void assertOutput(String input, String expected) {
    PrecompileResult result = mul.compute(Hex.decode(input));
    assertThat(result.success()).isTrue();
    assertThat(Hex.encode(result.output())).isEqualTo(expected);
  }

  private static String scalar(BigInteger value) {
    return Hex.encode(Bytes32.of(value));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
