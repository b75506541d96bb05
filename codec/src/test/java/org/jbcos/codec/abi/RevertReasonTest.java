package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.codec.abi.TestValues.hex;
import static org.jbcos.codec.abi.TestValues.word;

import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.junit.jupiter.api.Test;

class RevertReasonTest {
  /** The example revert output of the Solidity documentation. */
  private static final byte[] NOT_ENOUGH_ETHER =
      hex(
          "08c379a0",
          word(0x20),
          word(0x1a),
          "4e6f7420656e6f7567682045746865722070726f76696465642e000000000000");

  @Test
  void decodesTheSolidityDocumentationExample() {
    assertThat(RevertReason.decode(NOT_ENOUGH_ETHER, Keccak256.INSTANCE))
        .contains("Not enough Ether provided.");
  }

  @Test
  void encodesWithTheChainSelector() {
    assertThat(RevertReason.encode("Not enough Ether provided.", Keccak256.INSTANCE))
        .isEqualTo(NOT_ENOUGH_ETHER);

    byte[] sm = RevertReason.encode("permission denied", Sm3.INSTANCE);
    assertThat(sm).startsWith(hex("c703cb12"));
    assertThat(RevertReason.decode(sm, Sm3.INSTANCE)).contains("permission denied");
    assertThat(RevertReason.decode(sm, Keccak256.INSTANCE)).isEmpty();
  }

  @Test
  void otherOutputsAreNotRevertReasons() {
    assertThat(RevertReason.decode(new byte[0], Keccak256.INSTANCE)).isEmpty();
    assertThat(RevertReason.decode(hex(word(1)), Keccak256.INSTANCE)).isEmpty();
    assertThat(RevertReason.decode(hex("08c379a0"), Keccak256.INSTANCE)).isEmpty();
    assertThat(RevertReason.decode(hex("08c379a0", word(0x20), word(99)), Keccak256.INSTANCE))
        .isEmpty();
  }
}
