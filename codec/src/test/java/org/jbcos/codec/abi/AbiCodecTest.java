package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jbcos.codec.abi.TestValues.hex;
import static org.jbcos.codec.abi.TestValues.paddedText;
import static org.jbcos.codec.abi.TestValues.word;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.junit.jupiter.api.Test;

/** Encodings from the Solidity ABI specification, and the encoder's checks of Java values. */
class AbiCodecTest {
  private static final BigInteger ONE = BigInteger.ONE;

  private static List<AbiType> types(String commaSeparated) {
    return AbiType.parseList(commaSeparated);
  }

  private static void assertRoundTrip(List<AbiType> types, List<?> values, byte[] encoding) {
    assertThat(AbiCodec.encode(types, values)).isEqualTo(encoding);
    assertThat(TestValues.comparable(AbiCodec.decode(types, encoding)))
        .isEqualTo(TestValues.comparable(values));
  }

  @Test
  void specBaz() {
    AbiFunction baz = AbiFunction.parse("baz(uint32,bool)", Keccak256.INSTANCE);

    byte[] call = baz.encodeCall(69, true);

    assertThat(call).isEqualTo(hex("cdcd77c0", word(0x45), word(1)));
    assertThat(baz.decodeInput(call)).containsExactly(BigInteger.valueOf(69), true);
  }

  @Test
  void specBarStaticArrayOfFixedBytes() {
    AbiFunction bar = AbiFunction.parse("bar(bytes3[2])", Keccak256.INSTANCE);
    List<byte[]> pair = List.of(ascii("abc"), ascii("def"));

    byte[] call = bar.encodeCall(pair);

    assertThat(call).isEqualTo(hex("fce353f6", paddedText("abc"), paddedText("def")));
  }

  @Test
  void specSam() {
    AbiFunction sam = AbiFunction.parse("sam(bytes,bool,uint256[])", Keccak256.INSTANCE);
    byte[] expected =
        hex(
            "a5643bf2",
            word(0x60),
            word(1),
            word(0xa0),
            word(4),
            paddedText("dave"),
            word(3),
            word(1),
            word(2),
            word(3));

    byte[] call = sam.encodeCall(ascii("dave"), true, List.of(1, 2, 3));

    assertThat(call).isEqualTo(expected);
    List<Object> decoded = sam.decodeInput(expected);
    assertThat((byte[]) decoded.get(0)).isEqualTo(ascii("dave"));
    assertThat(decoded.subList(1, 3))
        .containsExactly(true, List.of(ONE, BigInteger.TWO, BigInteger.valueOf(3)));
  }

  @Test
  void specDynamicTypesF() {
    AbiFunction f = AbiFunction.parse("f(uint256,uint32[],bytes10,bytes)", Keccak256.INSTANCE);
    byte[] expected =
        hex(
            "8be65246",
            word(0x123),
            word(0x80),
            paddedText("1234567890"),
            word(0xe0),
            word(2),
            word(0x456),
            word(0x789),
            word(13),
            paddedText("Hello, world!"));

    byte[] call =
        f.encodeCall(
            BigInteger.valueOf(0x123),
            List.of(0x456, 0x789),
            ascii("1234567890"),
            ascii("Hello, world!"));

    assertThat(call).isEqualTo(expected);
    assertRoundTrip(
        f.inputs(),
        List.of(
            BigInteger.valueOf(0x123),
            List.of(BigInteger.valueOf(0x456), BigInteger.valueOf(0x789)),
            ascii("1234567890"),
            ascii("Hello, world!")),
        Arrays.copyOfRange(expected, 4, expected.length));
  }

  @Test
  void specNestedDynamicArraysG() {
    AbiFunction g = AbiFunction.parse("g(uint256[][],string[])", Keccak256.INSTANCE);
    byte[] expected =
        hex(
            "2289b18c",
            word(0x40),
            word(0x140),
            word(2), // a = [[1, 2], [3]]
            word(0x40),
            word(0xa0),
            word(2),
            word(1),
            word(2),
            word(1),
            word(3),
            word(3), // b = ["one", "two", "three"]
            word(0x60),
            word(0xa0),
            word(0xe0),
            word(3),
            paddedText("one"),
            word(3),
            paddedText("two"),
            word(5),
            paddedText("three"));
    List<Object> a = List.of(List.of(ONE, BigInteger.TWO), List.of(BigInteger.valueOf(3)));
    List<Object> b = List.of("one", "two", "three");

    assertThat(g.encodeCall(a, b)).isEqualTo(expected);
    assertThat(g.decodeInput(expected)).containsExactly(a, b);
  }

  @Test
  void fixedArrayOfStringsIsDynamicAndEncodedLikeATuple() {
    List<AbiType> types = types("string[2]");

    assertRoundTrip(
        types,
        List.of(List.of("ab", "")),
        hex(word(0x20), word(0x40), word(0x80), word(2), paddedText("ab"), word(0)));
  }

  @Test
  void dynamicTupleOffsetsAreRelativeToTheTuple() {
    List<AbiType> types = types("(uint256,string),bool");

    assertRoundTrip(
        types,
        List.of(List.of(BigInteger.valueOf(5), "ab"), true),
        hex(word(0x40), word(1), word(5), word(0x40), word(2), paddedText("ab")));
  }

  @Test
  void staticTupleIsInlineInTheHead() {
    List<AbiType> types = types("(uint8,address),int16");
    Address address = Address.fromHex("0x00000000000000000000000000000000000000ff");

    assertRoundTrip(
        types,
        List.of(List.of(BigInteger.valueOf(7), address), BigInteger.valueOf(-2)),
        hex(word(7), word(0xff), "ff".repeat(32 - 2) + "fffe"));
  }

  @Test
  void arrayOfDynamicTuples() {
    List<AbiType> types = types("(string)[]");

    assertRoundTrip(
        types,
        List.of(List.of(List.of("a"), List.of("b"))),
        hex(
            word(0x20),
            word(2),
            word(0x40), // element offsets, relative to the first element head
            word(0xa0),
            word(0x20), // tuple ("a")
            word(1),
            paddedText("a"),
            word(0x20), // tuple ("b")
            word(1),
            paddedText("b")));
  }

  @Test
  void emptyValues() {
    assertRoundTrip(List.of(), List.of(), new byte[0]);
    assertRoundTrip(types("bytes"), List.of(new byte[0]), hex(word(0x20), word(0)));
    assertRoundTrip(types("string"), List.of(""), hex(word(0x20), word(0)));
    assertRoundTrip(types("uint8[]"), List.of(List.of()), hex(word(0x20), word(0)));
  }

  @Test
  void bytesOfWholeWordsHaveNoPadding() {
    byte[] thirtyTwo = new byte[32];
    Arrays.fill(thirtyTwo, (byte) 0xab);

    assertRoundTrip(types("bytes"), List.of(thirtyTwo), hex(word(0x20), word(32), "ab".repeat(32)));
  }

  @Test
  void integerExtremes() {
    BigInteger uint256Max = ONE.shiftLeft(256).subtract(ONE);
    BigInteger int256Min = ONE.shiftLeft(255).negate();

    assertRoundTrip(types("uint256"), List.of(uint256Max), hex("ff".repeat(32)));
    assertRoundTrip(types("int256"), List.of(int256Min), hex("80" + "00".repeat(31)));
    assertRoundTrip(types("int8"), List.of(BigInteger.valueOf(-128)), hex("ff".repeat(31) + "80"));
    assertRoundTrip(types("int8"), List.of(BigInteger.valueOf(127)), hex(word(0x7f)));
    assertRoundTrip(types("uint8"), List.of(BigInteger.valueOf(255)), hex(word(0xff)));
  }

  @Test
  void utf8Strings() {
    String text = "FISCO 区块链 \uD83D\uDE80";

    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

    byte[] encoded = AbiCodec.encode(types("string"), List.of(text));

    assertThat(utf8).hasSize(20);
    assertThat(encoded).isEqualTo(hex(word(0x20), word(20), Hex.encode(utf8) + "00".repeat(12)));
    assertThat(AbiCodec.decode(types("string"), encoded)).containsExactly(text);
  }

  @Test
  void acceptsSmallJavaIntegerTypes() {
    byte[] expected = hex(word(1), word(2), word(3), word(4));

    assertThat(
            AbiCodec.encode(types("uint8,int16,uint32,int64"), List.of((byte) 1, (short) 2, 3, 4L)))
        .isEqualTo(expected);
  }

  @Test
  void decodesIntoUnmodifiableLists() {
    List<Object> decoded = AbiCodec.decode(types("uint8[]"), hex(word(0x20), word(1), word(9)));

    assertThatThrownBy(() -> decoded.add(ONE)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void decodesASliceOfALargerArray() {
    byte[] framed = hex("aabbccdd", word(0x20), word(1), paddedText("x"), "eeff");

    assertThat(AbiCodec.decode(types("string"), framed, 4, 96)).containsExactly("x");
  }

  // --- encoder checks of Java values ---

  @Test
  void rejectsNegativeUnsigned() {
    assertThatThrownBy(() -> AbiCodec.encode(types("uint256"), List.of(-1)))
        .isInstanceOf(AbiException.class)
        .hasMessage("at value 0: uint256 cannot hold -1 (range 0 to 2^256-1)");
  }

  @Test
  void rejectsTooWideUnsigned() {
    assertThatThrownBy(() -> AbiCodec.encode(types("uint8"), List.of(256)))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("uint8 cannot hold 256");
    assertThatThrownBy(() -> AbiCodec.encode(types("uint256"), List.of(ONE.shiftLeft(256))))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("uint256 cannot hold");
  }

  @Test
  void rejectsTooWideSigned() {
    assertThatThrownBy(() -> AbiCodec.encode(types("int8"), List.of(128)))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("int8 cannot hold 128 (range -2^7 to 2^7-1)");
    assertThatThrownBy(() -> AbiCodec.encode(types("int8"), List.of(-129)))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("int8 cannot hold -129");
  }

  @Test
  void rejectsWrongJavaTypes() {
    assertThatThrownBy(() -> AbiCodec.encode(types("uint256"), List.of("1")))
        .isInstanceOf(AbiException.class)
        .hasMessage("at value 0: uint256 needs a BigInteger, Long or Integer, got a String");
    assertThatThrownBy(() -> AbiCodec.encode(types("bool"), List.of(1)))
        .hasMessageContaining("bool needs a Boolean, got a Integer");
    assertThatThrownBy(() -> AbiCodec.encode(types("address"), List.of("0x00")))
        .hasMessageContaining("address needs a Address, got a String");
    assertThatThrownBy(() -> AbiCodec.encode(types("string"), List.of(ascii("x"))))
        .hasMessageContaining("string needs a String, got a byte[]");
    assertThatThrownBy(() -> AbiCodec.encode(types("bytes"), List.of("x")))
        .hasMessageContaining("bytes needs a byte[], got a String");
    assertThatThrownBy(() -> AbiCodec.encode(types("uint8[]"), List.of(new int[] {1})))
        .hasMessageContaining("uint8[] needs a List, got a int[]");
  }

  @Test
  void rejectsNull() {
    List<Object> values = new ArrayList<>();
    values.add(null);

    assertThatThrownBy(() -> AbiCodec.encode(types("string"), values))
        .isInstanceOf(AbiException.class)
        .hasMessage("at value 0: string value is null");
  }

  @Test
  void rejectsFixedBytesOfTheWrongLength() {
    assertThatThrownBy(() -> AbiCodec.encode(types("bytes4"), List.of(new byte[3])))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("bytes4 needs exactly 4 bytes, got 3");
  }

  @Test
  void rejectsWrongCounts() {
    assertThatThrownBy(() -> AbiCodec.encode(types("uint8,bool"), List.of(1)))
        .isInstanceOf(AbiException.class)
        .hasMessage("expected 2 values for (uint8,bool), got 1");
    assertThatThrownBy(() -> AbiCodec.encode(types("uint8[3]"), List.of(List.of(1, 2))))
        .hasMessageContaining("uint8[3] needs 3 elements, got 2");
    assertThatThrownBy(() -> AbiCodec.encode(types("(uint8,bool)"), List.of(List.of(1))))
        .hasMessageContaining("(uint8,bool) needs 2 elements, got 1");
  }

  @Test
  void errorsLocateTheValueInNestedStructures() {
    List<AbiType> types = types("bool,(string,uint8[])[]");
    List<Object> bad = List.of(List.of("ok", List.of(1, 2)), List.of("ok", List.of(3, 300)));

    assertThatThrownBy(() -> AbiCodec.encode(types, List.of(true, bad)))
        .isInstanceOf(AbiException.class)
        .hasMessage("at value 1[1].1[1]: uint8 cannot hold 300 (range 0 to 2^8-1)");
  }

  @Test
  void rejectsUnpairedSurrogates() {
    assertThatThrownBy(() -> AbiCodec.encode(types("string"), List.of("a\uD800b")))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("unpaired surrogate at index 1");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
