package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

/** The test vectors of EIP-152. */
class Blake2bFTest {
  /** h, m, t and f of BLAKE2b-512("abc") without the round count and the flag byte. */
  private static final String STATE_AND_MESSAGE =
      "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b"
          + "6162630000000000000000000000000000000000000000000000000000000000"
          + "0000000000000000000000000000000000000000000000000000000000000000"
          + "0000000000000000000000000000000000000000000000000000000000000000"
          + "0000000000000000000000000000000000000000000000000000000000000000"
          + "03000000000000000000000000000000";

  private final Blake2bF blake2f = new Blake2bF();

  @Test
  void vector4ZeroRounds() {
    assertOutput(
        "00000000" + STATE_AND_MESSAGE + "01",
        "08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b");
  }

  @Test
  void vector5TwelveRoundsIsBlake2bOfAbc() {
    assertOutput(
        "0000000c" + STATE_AND_MESSAGE + "01",
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
  }

  @Test
  void vector6NotTheFinalBlock() {
    assertOutput(
        "0000000c" + STATE_AND_MESSAGE + "00",
        "75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735");
  }

  @Test
  void vector7OneRound() {
    assertOutput(
        "00000001" + STATE_AND_MESSAGE + "01",
        "b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421");
  }

  @Test
  void vector8IsPricedAtTheMaximumRoundCount() {
    // Running 2^32 - 1 rounds takes minutes; the price is what an EVM checks first.
    assertThat(blake2f.gasRequirement(Hex.decode("ffffffff" + STATE_AND_MESSAGE + "01")))
        .isEqualTo(4_294_967_295L);
  }

  @Test
  void gasIsTheRoundCount() {
    assertThat(blake2f.gasRequirement(Hex.decode("0000000c" + STATE_AND_MESSAGE + "01")))
        .isEqualTo(12);
    assertThat(blake2f.gasRequirement(Hex.decode("00000000" + STATE_AND_MESSAGE + "01"))).isZero();
  }

  @Test
  void vectors0To2WrongLengthFails() {
    assertThat(blake2f.compute(new byte[0]).success()).isFalse();
    assertThat(blake2f.compute(Hex.decode("00000c" + STATE_AND_MESSAGE + "01")).success())
        .isFalse();
    assertThat(blake2f.compute(Hex.decode("000000000c" + STATE_AND_MESSAGE + "01")).success())
        .isFalse();
    assertThat(blake2f.gasRequirement(new byte[212])).isZero();
  }

  @Test
  void vector3FinalFlagOtherThanZeroOrOneFails() {
    assertThat(blake2f.compute(Hex.decode("0000000c" + STATE_AND_MESSAGE + "02")).success())
        .isFalse();
    assertThat(blake2f.compute(Hex.decode("0000000c" + STATE_AND_MESSAGE + "ff")).success())
        .isFalse();
  }

  private void assertOutput(String input, String expected) {
    PrecompileResult result = blake2f.compute(Hex.decode(input));
    assertThat(result.success()).isTrue();
    assertThat(Hex.encode(result.output())).isEqualTo(expected);
  }
}
