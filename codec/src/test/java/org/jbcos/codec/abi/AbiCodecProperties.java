package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AbiCodecProperties {

  @Provide
  Arbitrary<AbiArbitraries.Case> cases() {
    return AbiArbitraries.cases();
  }

  @Provide
  Arbitrary<List<AbiType>> typeLists() {
    return AbiArbitraries.typeLists();
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    return AbiArbitraries.wordyGarbage();
  }

  @Property(tries = 2000)
  void decodeInvertsEncode(@ForAll("cases") AbiArbitraries.Case c) {
    byte[] encoded = AbiCodec.encode(c.types(), c.values());

    List<Object> decoded = AbiCodec.decode(c.types(), encoded);

    assertThat(TestValues.comparable(decoded)).isEqualTo(TestValues.comparable(c.values()));
  }

  @Property(tries = 1000)
  void encodingIsWholeWordsAndAtLeastTheHead(@ForAll("cases") AbiArbitraries.Case c) {
    byte[] encoded = AbiCodec.encode(c.types(), c.values());

    int headSize = c.types().stream().mapToInt(AbiType::headSize).sum();
    assertThat(encoded.length % 32).isZero();
    assertThat(encoded.length).isGreaterThanOrEqualTo(headSize);
  }

  @Property(tries = 3000)
  void garbageDecodesCanonicallyOrFailsWithAbiException(
      @ForAll("typeLists") List<AbiType> types, @ForAll("garbage") byte[] data) {
    assertDecodesCanonicallyOrRejects(types, data);
  }

  @Property(tries = 3000)
  void mutatedEncodingDecodesCanonicallyOrFailsWithAbiException(
      @ForAll("cases") AbiArbitraries.Case c,
      @ForAll @IntRange(min = 0, max = 1 << 20) int position,
      @ForAll byte replacement) {
    byte[] encoded = AbiCodec.encode(c.types(), c.values());
    if (encoded.length == 0) {
      return;
    }
    encoded[position % encoded.length] = replacement;

    assertDecodesCanonicallyOrRejects(c.types(), encoded);
  }

  @Property(tries = 1000)
  void truncatedOrExtendedEncodingIsRejected(
      @ForAll("cases") AbiArbitraries.Case c, @ForAll @IntRange(min = -64, max = 64) int delta) {
    byte[] encoded = AbiCodec.encode(c.types(), c.values());
    int length = encoded.length + delta;
    if (delta == 0 || length < 0) {
      return;
    }
    byte[] resized = Arrays.copyOf(encoded, length);

    assertThatThrownBy(() -> AbiCodec.decode(c.types(), resized)).isInstanceOf(AbiException.class);
  }

  /**
   * Whatever the input, decoding either fails with an AbiException (never an index, size or memory
   * error) or succeeds on the one canonical encoding of what it returns.
   */
  private static void assertDecodesCanonicallyOrRejects(List<AbiType> types, byte[] data) {
    List<Object> decoded;
    try {
      decoded = AbiCodec.decode(types, data);
    } catch (AbiException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(AbiCodec.encode(types, decoded)).isEqualTo(data);
  }
}
