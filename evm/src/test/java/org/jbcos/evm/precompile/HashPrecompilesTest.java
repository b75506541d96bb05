package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

class HashPrecompilesTest {
  private static final byte[] EMPTY = new byte[0];
  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sha256OfPublishedVectors() {
    Sha256 sha256 = new Sha256();
    assertThat(Hex.encode(sha256.compute(EMPTY).output()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Hex.encode(sha256.compute(ABC).output()))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void ripemd160IsLeftPaddedToAWord() {
    Ripemd160 ripemd160 = new Ripemd160();
    assertThat(Hex.encode(ripemd160.compute(EMPTY).output()))
        .isEqualTo("0000000000000000000000009c1185a5c5e9fc54612808977ee8f548b2258d31");
    assertThat(Hex.encode(ripemd160.compute(ABC).output()))
        .isEqualTo("0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
  }

  @Test
  void identityReturnsACopyOfItsInput() {
    byte[] input = {1, 2, 3};
    PrecompileResult result = new Identity().compute(input);
    assertThat(result.success()).isTrue();
    assertThat(result.output()).containsExactly(1, 2, 3).isNotSameAs(input);
    assertThat(new Identity().compute(EMPTY).output()).isEmpty();
  }

  @Test
  void gasIsABasePlusAPricePerStartedWord() {
    assertThat(new Sha256().gasRequirement(EMPTY)).isEqualTo(60);
    assertThat(new Sha256().gasRequirement(new byte[32])).isEqualTo(72);
    assertThat(new Sha256().gasRequirement(new byte[33])).isEqualTo(84);
    assertThat(new Ripemd160().gasRequirement(EMPTY)).isEqualTo(600);
    assertThat(new Ripemd160().gasRequirement(new byte[64])).isEqualTo(840);
    assertThat(new Identity().gasRequirement(EMPTY)).isEqualTo(15);
    assertThat(new Identity().gasRequirement(new byte[65])).isEqualTo(24);
  }
}
