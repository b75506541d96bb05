package org.jbcos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashFunctionTest {
  @Test
  void keccak256OfEmptyInput() {
    assertThat(Hex.encode(Keccak256.INSTANCE.hash(new byte[0])))
        .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  }

  @Test
  void keccak256IsNotSha3() {
    assertThat(Hex.encode(Keccak256.INSTANCE.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  }

  @Test
  void sm3StandardVector() {
    assertThat(Hex.encode(Sm3.INSTANCE.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void hashOfASliceEqualsHashOfTheCopy() {
    byte[] data = "xxabcxx".getBytes(StandardCharsets.US_ASCII);
    assertThat(Sm3.INSTANCE.hash(data, 2, 3))
        .isEqualTo(Sm3.INSTANCE.hash("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void hexRejectsBadInputClearly() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Hex.decode("0xabc"))
        .hasMessageContaining("odd number");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Hex.decode("zz"))
        .hasMessageContaining("not a hex digit 'z' at position 0");
    assertThat(Hex.decode("0xABcd")).containsExactly(0xab, 0xcd);
  }
}
