package org.jbcos.codec.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Positive;
import net.jqwik.api.constraints.Size;

class RlpProperties {

  @Property(tries = 500)
  void itemsRoundTrip(@ForAll("items") RlpItem item) {
    byte[] encoded = Rlp.encode(item);
    assertThat(Rlp.decode(encoded)).isEqualTo(item);
    assertThat(Rlp.encode(Rlp.decode(encoded))).isEqualTo(encoded);
  }

  @Property(tries = 500)
  void listElementsAreTheEncodingsOfTheDecodedItems(@ForAll("items") RlpItem item) {
    byte[] encoded = Rlp.encode(item);
    if (item instanceof RlpList list) {
      assertThat(Rlp.listElements(encoded, "l"))
          .containsExactlyElementsOf(list.items().stream().map(Rlp::encode).toList());
    } else {
      assertThatThrownBy(() -> Rlp.listElements(encoded, "l"))
          .isInstanceOf(RlpException.class)
          .hasMessageContaining("l must be an RLP list");
    }
  }

  @Property(tries = 1000)
  void garbageSplitIntoElementsThatDecodeIsWhatDecodeAccepts(
      @ForAll @Size(max = 80) byte[] garbage) {
    List<RlpItem> whole;
    try {
      whole = Rlp.decode(garbage).asList("l").items();
    } catch (RlpException rejected) {
      // splitting may accept what decode refuses deeper down, but each element then fails alone
      try {
        for (byte[] element : Rlp.listElements(garbage, "l")) {
          Rlp.decode(element);
        }
      } catch (RlpException alsoRejected) {
        return;
      }
      throw new AssertionError("split and decoded what Rlp.decode rejects: " + rejected);
    }
    assertThat(Rlp.listElements(garbage, "l"))
        .containsExactlyElementsOf(whole.stream().map(Rlp::encode).toList());
  }

  @Property(tries = 300)
  void unsignedIntegersRoundTrip(@ForAll @Positive BigInteger value) {
    BigInteger v = value.mod(BigInteger.TWO.pow(256));
    byte[] encoded = Rlp.encodeUnsigned(v);
    assertThat(Rlp.decode(encoded).asString("n").asUnsigned("n", 32)).isEqualTo(v);
  }

  @Property(tries = 1000)
  void garbageIsEitherCanonicalOrRejected(@ForAll @Size(max = 80) byte[] garbage) {
    RlpItem item;
    try {
      item = Rlp.decode(garbage);
    } catch (RlpException rejected) {
      return;
    }
    // anything accepted must be the one canonical encoding of what it decoded to
    assertThat(Rlp.encode(item)).isEqualTo(garbage);
  }

  @Property(tries = 500)
  void truncatingAnEncodingIsRejected(@ForAll("items") RlpItem item, @ForAll int cut) {
    byte[] encoded = Rlp.encode(item);
    int keep = Math.floorMod(cut, encoded.length);
    byte[] truncated = java.util.Arrays.copyOf(encoded, keep);
    try {
      Rlp.decode(truncated);
      // a prefix can itself be a valid item only if it is the empty string case; it never equals
      assertThat(keep).isLessThan(encoded.length);
    } catch (RlpException expected) {
      // expected
    }
  }

  @Provide
  Arbitrary<RlpItem> items() {
    return item(3);
  }

  private Arbitrary<RlpItem> item(int depth) {
    Arbitrary<RlpItem> strings =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(70).map(RlpString::new);
    if (depth == 0) {
      return strings;
    }
    Arbitrary<RlpItem> lists =
        Arbitraries.lazy(() -> item(depth - 1))
            .list()
            .ofMaxSize(5)
            .map((List<RlpItem> items) -> new RlpList(items));
    return Arbitraries.oneOf(strings, lists);
  }
}
