package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jbcos.crypto.Bytes32;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

class ModExpTest {
  private static final String SECP256K1_P =
      "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
  private static final String SECP256K1_P_MINUS_2 =
      "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2d";
  private static final BigInteger MAX_WORD = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private final ModExp modexp = new ModExp();

  @Test
  void eip198Example1FermatsLittleTheorem() {
    // 3^(p-1) mod p = 1, spelled 3^(2^256 - 2^32 - 978) mod (2^256 - 2^32 - 977) in EIP-198
    byte[] input =
        Hex.decode(
            lengths(1, 32, 32)
                + "03"
                + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e"
                + SECP256K1_P);
    PrecompileResult result = modexp.compute(input);
    assertThat(result.success()).isTrue();
    assertThat(Hex.encode(result.output()))
        .isEqualTo("0000000000000000000000000000000000000000000000000000000000000001");
    assertThat(modexp.gasRequirement(input)).isEqualTo(1024 * 255 / 20);
  }

  @Test
  void eip198Example2ZeroBaseOfLengthZero() {
    byte[] input = Hex.decode(lengths(0, 32, 32) + SECP256K1_P_MINUS_2 + SECP256K1_P);
    assertThat(modexp.compute(input).output()).isEqualTo(new byte[32]);
    assertThat(modexp.gasRequirement(input)).isEqualTo(13056);
  }

  @Test
  void outputIsLeftPaddedToTheModulusLength() {
    // 2^10 mod 1000 = 24
    byte[] input = Hex.decode(lengths(1, 1, 4) + "02" + "0a" + "000003e8");
    assertThat(Hex.encode(modexp.compute(input).output())).isEqualTo("00000018");
  }

  @Test
  void missingInputReadsAsZeros() {
    // base 2, exponent 3 whose low byte is cut off (so 0x0300), modulus absent: all zero
    byte[] input = Hex.decode(lengths(1, 2, 2) + "02" + "03");
    assertThat(modexp.compute(input).output()).containsExactly(0, 0);
    // 5^0 mod 7 = 1: the exponent is missing entirely but the modulus is read past it
    byte[] noExponent = Hex.decode(lengths(1, 0, 1) + "05" + "07");
    assertThat(modexp.compute(noExponent).output()).containsExactly(1);
  }

  @Test
  void aZeroModulusGivesZeros() {
    byte[] input = Hex.decode(lengths(1, 1, 3) + "02" + "05" + "000000");
    assertThat(modexp.compute(input).output()).containsExactly(0, 0, 0);
  }

  @Test
  void zeroBaseAndModulusLengthsGiveNoOutputForFreeWhateverTheExponentLength() {
    byte[] input = Hex.decode(words(BigInteger.ZERO, MAX_WORD, BigInteger.ZERO));
    assertThat(modexp.gasRequirement(input)).isZero();
    PrecompileResult result = modexp.compute(input);
    assertThat(result.success()).isTrue();
    assertThat(result.output()).isEmpty();
    assertThat(modexp.compute(new byte[0]).output()).isEmpty();
  }

  @Test
  void hugeLengthsSaturateTheGasInsteadOfOverflowing() {
    byte[] hugeModulus = Hex.decode(words(BigInteger.ONE, BigInteger.ONE, MAX_WORD));
    assertThat(modexp.gasRequirement(hugeModulus)).isEqualTo(Long.MAX_VALUE);
    byte[] hugeExponent = Hex.decode(words(BigInteger.ONE, MAX_WORD, BigInteger.ONE));
    assertThat(modexp.gasRequirement(hugeExponent)).isEqualTo(Long.MAX_VALUE);
    // (2^36)^2 / 16 / 20 no longer fits in 63 bits; (2^35)^2 / 16 / 20 still does
    byte[] overflowing =
        Hex.decode(words(BigInteger.ONE.shiftLeft(36), BigInteger.ZERO, BigInteger.ZERO));
    assertThat(modexp.gasRequirement(overflowing)).isEqualTo(Long.MAX_VALUE);
    byte[] fitting =
        Hex.decode(words(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE.shiftLeft(35)));
    assertThat(modexp.gasRequirement(fitting))
        .isEqualTo(3_689_349_639_375_621_171L); // (2^70 / 16 + 480 * 2^35 - 199680) / 20
  }

  @Test
  void hugeLengthsAreNotAllocatedWhenComputedWithoutPayingForThem() {
    byte[] input = Hex.decode(words(MAX_WORD, BigInteger.ONE, BigInteger.ONE));
    assertThat(modexp.compute(input).success()).isFalse();
  }

  @Test
  void multiplicationComplexityHasThreeTiers() {
    assertThat(complexity(0)).isZero();
    assertThat(complexity(64)).isEqualTo(4096);
    assertThat(complexity(65)).isEqualTo(4225 / 4 + 96 * 65 - 3072);
    assertThat(complexity(1024)).isEqualTo(1024 * 1024 / 4 + 96 * 1024 - 3072);
    assertThat(complexity(1025)).isEqualTo(1025 * 1025 / 16 + 480 * 1025 - 199680);
  }

  @Test
  void adjustedExponentLengthCountsEightBitsPerByteBeyondTheFirstWord() {
    // exponent of 64 bytes whose first word is 1: 8 * 32 + 0
    byte[] input =
        Hex.decode(lengths(1, 64, 1) + "02" + "00".repeat(31) + "01" + "00".repeat(32) + "05");
    assertThat(ModExp.adjustedExponentLength(input, BigInteger.ONE, BigInteger.valueOf(64)))
        .isEqualTo(256);
    assertThat(modexp.gasRequirement(input)).isEqualTo(256 / 20);
    // a zero exponent still counts as one
    byte[] zeroExponent = Hex.decode(lengths(64, 1, 64) + "00".repeat(129));
    assertThat(modexp.gasRequirement(zeroExponent)).isEqualTo(4096 / 20);
    // exponent 0xff in one byte: highest bit 7
    byte[] small = Hex.decode(lengths(32, 1, 32) + "00".repeat(32) + "ff" + "00".repeat(32));
    assertThat(modexp.gasRequirement(small)).isEqualTo(1024 * 7 / 20);
  }

  @Test
  void anExponentBeyondTheInputCountsAsZero() {
    byte[] input =
        Hex.decode(words(BigInteger.valueOf(1000), BigInteger.valueOf(32), BigInteger.ONE));
    assertThat(modexp.gasRequirement(input)).isEqualTo(complexity(1000) / 20);
  }

  @Property(tries = 50)
  void agreesWithBigIntegerModPow(
      @ForAll @IntRange(min = 0, max = 40) int baseLength,
      @ForAll @IntRange(min = 0, max = 40) int expLength,
      @ForAll @IntRange(min = 1, max = 40) int modLength,
      @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    byte[] base = randomBytes(random, baseLength);
    byte[] exponent = randomBytes(random, expLength);
    byte[] modulus = randomBytes(random, modLength);
    byte[] input =
        Hex.decode(
            lengths(baseLength, expLength, modLength)
                + Hex.encode(base)
                + Hex.encode(exponent)
                + Hex.encode(modulus));
    byte[] output = modexp.compute(input).output();
    assertThat(output).hasSize(modLength);
    BigInteger m = new BigInteger(1, modulus);
    BigInteger expected =
        m.signum() == 0
            ? BigInteger.ZERO
            : new BigInteger(1, base).modPow(new BigInteger(1, exponent), m);
    assertThat(new BigInteger(1, output)).isEqualTo(expected);
  }

  private static long complexity(long x) {
    return ModExp.multiplicationComplexity(BigInteger.valueOf(x)).longValueExact();
  }

  private static String lengths(int base, int exp, int mod) {
    return words(BigInteger.valueOf(base), BigInteger.valueOf(exp), BigInteger.valueOf(mod));
  }

  private static String words(BigInteger... values) {
    StringBuilder out = new StringBuilder();
    for (BigInteger v : values) {
      out.append(Hex.encode(Bytes32.of(v)));
    }
    return out.toString();
  }

  private static byte[] randomBytes(java.util.Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    if (length > 0 && random.nextInt(4) == 0) {
      Arrays.fill(bytes, 0, length / 2, (byte) 0);
    }
    return bytes;
  }
}
