package org.jbcos.codec.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

class RlpTest {
  private static byte[] hex(String s) {
    return Hex.decode(s);
  }

  @Test
  void encodesTheYellowPaperExamples() {
    assertThat(Hex.encode(Rlp.encodeString("dog"))).isEqualTo("83646f67");
    assertThat(Hex.encode(Rlp.encodeList(Rlp.encodeString("cat"), Rlp.encodeString("dog"))))
        .isEqualTo("c88363617483646f67");
    assertThat(Hex.encode(Rlp.encodeString(""))).isEqualTo("80");
    assertThat(Hex.encode(Rlp.encodeList())).isEqualTo("c0");
    assertThat(Hex.encode(Rlp.encodeLong(0))).isEqualTo("80");
    assertThat(Hex.encode(Rlp.encodeLong(15))).isEqualTo("0f");
    assertThat(Hex.encode(Rlp.encodeLong(1024))).isEqualTo("820400");
    assertThat(Hex.encode(Rlp.encodeList(Rlp.encodeString("dog"), Rlp.encodeLong(1024))))
        .isEqualTo("c783646f67820400");
    // [ [], [[]], [ [], [[]] ] ]
    byte[] empty = Rlp.encodeList();
    byte[] one = Rlp.encodeList(empty);
    assertThat(Hex.encode(Rlp.encodeList(empty, one, Rlp.encodeList(empty, one))))
        .isEqualTo("c7c0c1c0c3c0c1c0");
  }

  @Test
  void encodesLongStringsWithLengthOfLength() {
    String lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit";
    assertThat(Hex.encode(Rlp.encodeString(lorem)).substring(0, 4)).isEqualTo("b838");
    assertThat(Rlp.decode(Rlp.encodeString(lorem)))
        .isEqualTo(new RlpString(lorem.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void decodesNestedLists() {
    RlpItem item = Rlp.decode(hex("c7c0c1c0c3c0c1c0"));
    RlpList list = item.asList("root");
    assertThat(list.size()).isEqualTo(3);
    assertThat(list.get(1).asList("second").get(0)).isEqualTo(new RlpList(List.of()));
    assertThat(Rlp.encode(item)).isEqualTo(hex("c7c0c1c0c3c0c1c0"));
  }

  @Test
  void readsCanonicalIntegers() {
    RlpString s = Rlp.decode(hex("820400")).asString("n");
    assertThat(s.asUnsigned("n", 32)).isEqualTo(BigInteger.valueOf(1024));
    assertThat(Rlp.decode(hex("80")).asString("n").asLong("n")).isZero();
  }

  @Test
  void rejectsIntegerWithLeadingZero() {
    RlpString s = Rlp.decode(hex("820004")).asString("nonce");
    assertThatThrownBy(() -> s.asUnsigned("nonce", 32))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("nonce has a leading zero byte");
  }

  @Test
  void rejectsIntegerWiderThanAllowed() {
    RlpString s = new RlpString(new byte[33]);
    assertThatThrownBy(() -> s.asUnsigned("value", 32)).hasMessageContaining("at most 32");
  }

  @Test
  void rejectsSingleByteInLongForm() {
    assertThatThrownBy(() -> Rlp.decode(hex("8105")))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("single byte below 0x80");
  }

  @Test
  void rejectsShortLengthInLongForm() {
    assertThatThrownBy(() -> Rlp.decode(hex("b803616263")))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("must use the short form");
  }

  @Test
  void rejectsLengthWithLeadingZero() {
    byte[] data = new byte[3 + 60];
    data[0] = (byte) 0xb9;
    data[1] = 0;
    data[2] = 60;
    assertThatThrownBy(() -> Rlp.decode(data)).hasMessageContaining("leading zero");
  }

  @Test
  void rejectsTrailingBytes() {
    assertThatThrownBy(() -> Rlp.decode(hex("83646f6700")))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("trailing bytes");
  }

  @Test
  void rejectsTruncatedInput() {
    assertThatThrownBy(() -> Rlp.decode(hex("83646f")))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("claims 3 bytes but only 2 remain");
    assertThatThrownBy(() -> Rlp.decode(hex("c883636174"))).isInstanceOf(RlpException.class);
    assertThatThrownBy(() -> Rlp.decode(new byte[0])).hasMessageContaining("empty input");
  }

  @Test
  void rejectsOversizeLength() {
    assertThatThrownBy(() -> Rlp.decode(hex("bfffffffffffffffff00")))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("oversize");
    assertThatThrownBy(() -> Rlp.decode(hex("bb7fffffff00")))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("remain");
  }

  @Test
  void rejectsItemOverrunningItsList() {
    // list claims 2 bytes of payload, but the string inside claims 3
    assertThatThrownBy(() -> Rlp.decode(hex("c283616263"))).isInstanceOf(RlpException.class);
  }

  @Test
  void rejectsExcessiveNesting() {
    byte[] nested = Rlp.encodeList();
    for (int i = 0; i < Rlp.MAX_DEPTH; i++) {
      nested = Rlp.encodeList(nested);
    }
    byte[] data = nested;
    assertThatThrownBy(() -> Rlp.decode(data)).hasMessageContaining("nesting");
  }

  @Test
  void typedAccessorsNameTheField() {
    RlpItem list = Rlp.decode(hex("c0"));
    assertThatThrownBy(() -> list.asString("to"))
        .hasMessage("to must be an RLP string, found a list");
    assertThatThrownBy(() -> list.asList("tx").requireSize("tx", 13))
        .hasMessage("tx must have 13 RLP items, found 0");
    assertThatThrownBy(() -> new RlpString(new byte[3]).asFixed("to", 20, true))
        .hasMessage("to must be 20 bytes or empty, got 3");
  }

  @Test
  void longsAndLengthHeadersMatchTheBigIntegerForm() {
    java.util.Random rnd = new java.util.Random(7);
    for (int bits = 0; bits < 64; bits++) {
      for (int k = 0; k < 50; k++) {
        long v = bits == 0 ? 0 : (rnd.nextLong() >>> (64 - bits)) | (1L << (bits - 1));
        byte[] viaBigInteger = Rlp.encodeBytes(Rlp.minimalBytes(BigInteger.valueOf(v)));
        assertThat(Rlp.encodeLong(v)).isEqualTo(viaBigInteger);
        assertThat(Rlp.encodeUnsigned(BigInteger.valueOf(v))).isEqualTo(viaBigInteger);
      }
    }
    assertThatThrownBy(() -> Rlp.encodeLong(-1)).isInstanceOf(IllegalArgumentException.class);
    for (int n : new int[] {0, 1, 55, 56, 255, 256, 65_535, 65_536, 1 << 24}) {
      byte[] payload = new byte[n];
      java.util.Arrays.fill(payload, (byte) 0x81);
      byte[] list = Rlp.encodeList(Rlp.encodeBytes(payload));
      assertThat(Rlp.decode(list).asList("l").get(0).asString("s").bytes()).isEqualTo(payload);
      int header = n < 56 ? 1 : 1 + (64 - Long.numberOfLeadingZeros(n) + 7) / 8;
      assertThat(Rlp.encodeBytes(payload)).hasSize(header + n);
    }
  }
}
