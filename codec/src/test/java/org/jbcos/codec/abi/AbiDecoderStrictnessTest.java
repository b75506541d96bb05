package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jbcos.codec.abi.TestValues.hex;
import static org.jbcos.codec.abi.TestValues.paddedText;
import static org.jbcos.codec.abi.TestValues.word;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every non-canonical or out-of-range encoding is an AbiException naming type and byte offset. */
class AbiDecoderStrictnessTest {
  private static final String ONES = "ff".repeat(32);

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      String types, byte[] data) {
    return assertThatThrownBy(() -> AbiCodec.decode(AbiType.parseList(types), data))
        .isInstanceOf(AbiException.class);
  }

  @Test
  void uintWithHighBitsSet() {
    assertRejected("uint8", hex("00".repeat(30) + "0100"))
        .hasMessage("uint8 at byte 0: value wider than 8 bits (nonzero byte at 30)");
    assertRejected("bool,uint32", hex(word(1), "80" + "00".repeat(31)))
        .hasMessage("uint32 at byte 32: value wider than 32 bits (nonzero byte at 32)");
  }

  @Test
  void intNotSignExtended() {
    // -1 as int8 must be all ones; 0x00..00ff is 255, which int8 cannot hold
    assertRejected("int8", hex(word(0xff)))
        .hasMessage("int8 at byte 0: value is not a sign-extended 8-bit integer");
    assertRejected("int16", hex("ff".repeat(30) + "0001"))
        .hasMessage("int16 at byte 0: value is not a sign-extended 16-bit integer");
    assertThat(AbiCodec.decode(AbiType.parseList("int8"), hex(ONES)))
        .containsExactly(java.math.BigInteger.valueOf(-1));
  }

  @Test
  void boolOtherThanZeroOrOne() {
    assertRejected("bool", hex(word(2))).hasMessage("bool at byte 0: value is neither 0 nor 1");
    assertRejected("bool", hex("01" + "00".repeat(30) + "01"))
        .hasMessage("bool at byte 0: value is neither 0 nor 1 (nonzero byte at 0)");
  }

  @Test
  void addressWithDirtyHighBytes() {
    assertRejected("address", hex("00".repeat(11) + "01" + "00".repeat(20)))
        .hasMessage(
            "address at byte 0: nonzero bytes before the 20-byte address (nonzero byte at 11)");
  }

  @Test
  void fixedBytesWithDirtyPadding() {
    assertRejected("bytes2", hex("abcd01" + "00".repeat(29)))
        .hasMessage("bytes2 at byte 0: nonzero padding (nonzero byte at 2)");
  }

  @Test
  void bytesAndStringWithDirtyPadding() {
    assertRejected("bytes", hex(word(0x20), word(1), "61" + "00".repeat(30) + "01"))
        .hasMessage("bytes at byte 32: nonzero padding after the contents (nonzero byte at 95)");
    assertRejected("string", hex(word(0x20), word(1), "6162" + "00".repeat(30)))
        .hasMessage("string at byte 32: nonzero padding after the contents (nonzero byte at 65)");
  }

  @Test
  void bytesWithoutPadding() {
    assertRejected("bytes", hex(word(0x20), word(1), "61"))
        .hasMessage("bytes at byte 32: length 1 needs 32 bytes, only 1 remain");
  }

  @Test
  void stringThatIsNotUtf8() {
    assertRejected("string", hex(word(0x20), word(2), "c328" + "00".repeat(30)))
        .hasMessage("string at byte 32: invalid UTF-8 at byte 64 of the data");
    // an encoded surrogate (CESU-8) is not UTF-8 either
    assertRejected("string", hex(word(0x20), word(3), "eda080" + "00".repeat(29)))
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void offsetOutsideTheData() {
    assertRejected("bytes", hex(word(0x40), word(0)))
        .hasMessage("bytes at byte 0: offset 64 points outside the data (64 bytes)");
  }

  @Test
  void hugeOffset() {
    assertRejected("bytes", hex(ONES, word(0)))
        .hasMessage("bytes at byte 0: offset 0x" + ONES + " is too large");
    assertRejected("bytes", hex(word(0x80000000L), word(0)))
        .hasMessage("bytes at byte 0: offset 2147483648 is too large");
  }

  @Test
  void offsetNotRightAfterTheHead() {
    // a gap between head and contents
    assertRejected("bytes", hex(word(0x40), word(0), word(0)))
        .hasMessage(
            "bytes at byte 0: offset 64 points to byte 64, but the contents must start right after"
                + " the previous value, at byte 32");
    // unaligned
    assertRejected("bytes", hex(word(0x21), "00", word(0)))
        .hasMessageContaining("offset 33 points to byte 33");
  }

  @Test
  void offsetPointingBackIntoTheHead() {
    assertRejected("bytes", hex(word(0), word(0)))
        .hasMessageContaining("offset 0 points to byte 0");
  }

  @Test
  void sharedTailsAreRejectedSoOutputCannotOutgrowInput() {
    // both strings point at the same contents; the canonical encoding repeats them
    byte[] shared = hex(word(0x40), word(0x40), word(1), paddedText("a"));

    assertRejected("string,string", shared)
        .hasMessageContaining("string at byte 32: offset 64 points to byte 64")
        .hasMessageContaining("at byte 128");
  }

  @Test
  void tailsOutOfOrder() {
    byte[] swapped =
        hex(word(0x80), word(0x40), word(1), paddedText("b"), word(1), paddedText("a"));

    assertRejected("string,string", swapped).hasMessageContaining("offset 128 points to byte 128");
  }

  @Test
  void lengthExceedingTheData() {
    assertRejected("bytes", hex(word(0x20), word(33), word(0)))
        .hasMessage("bytes at byte 32: length 33 needs 64 bytes, only 32 remain");
    assertRejected("uint256[]", hex(word(0x20), word(2), word(7)))
        .hasMessage("uint256[] at byte 32: length 2 needs more bytes than the 32 that remain");
  }

  @Test
  void hugeLengthsAllocateNothing() {
    assertRejected("bytes", hex(word(0x20), ONES)).hasMessageContaining("length 0x");
    assertRejected("uint8[]", hex(word(0x20), word(0x7fffffff)))
        .hasMessage(
            "uint8[] at byte 32: length 2147483647 needs more bytes than the 0 that remain");
    assertRejected("uint256[1000][]", hex(word(0x20), word(0x7fffffff)))
        .hasMessageContaining("length 2147483647 needs more bytes");
    assertRejected("string[]", hex(word(0x20), word(Integer.MAX_VALUE)))
        .hasMessageContaining("needs more bytes");
  }

  @Test
  void missingLengthWord() {
    assertRejected("bytes", hex(word(0x20))).hasMessageContaining("offset 32 points outside");
  }

  @Test
  void headLongerThanTheData() {
    assertRejected("uint256,uint256", hex(word(1)))
        .hasMessage("(uint256,uint256) at byte 0: needs 64 bytes of head, only 32 remain");
    assertRejected("uint256[100000]", new byte[64])
        .hasMessage("(uint256[100000]) at byte 0: needs 3200000 bytes of head, only 64 remain");
  }

  @Test
  void trailingBytes() {
    assertRejected("uint8", hex(word(1), "00"))
        .hasMessage("(uint8) ends at byte 32, followed by 1 unexpected bytes");
    assertRejected("", hex(word(0)))
        .hasMessage("() ends at byte 0, followed by 32 unexpected bytes");
  }

  @Test
  void nestedProblemsReportAbsoluteOffsets() {
    // g(uint256[][]) with the second inner array's element set to 2^8 as uint8
    byte[] data =
        hex(word(0x20), word(2), word(0x40), word(0x80), word(1), word(7), word(1), word(0x100));

    assertRejected("uint8[][]", data)
        .hasMessage("uint8 at byte 224: value wider than 8 bits (nonzero byte at 254)");
  }
}
