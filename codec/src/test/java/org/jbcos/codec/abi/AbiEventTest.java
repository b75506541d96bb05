package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jbcos.codec.abi.TestValues.hex;
import static org.jbcos.codec.abi.TestValues.paddedText;
import static org.jbcos.codec.abi.TestValues.word;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.junit.jupiter.api.Test;

class AbiEventTest {
  private static final String TRANSFER_TOPIC =
      "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

  private final AbiEvent transfer =
      AbiEvent.parse("Transfer(address indexed, address indexed, uint256)", Keccak256.INSTANCE);

  @Test
  void topic0IsTheFullHashOfTheSignature() {
    assertThat(transfer.signature()).isEqualTo("Transfer(address,address,uint256)");
    assertThat(Hex.encode(transfer.topic0())).isEqualTo(TRANSFER_TOPIC);

    AbiEvent sm = AbiEvent.parse("Transfer(address indexed,address indexed,uint)", Sm3.INSTANCE);
    assertThat(sm.topic0())
        .isEqualTo(
            Sm3.INSTANCE.hash(
                "Transfer(address,address,uint256)".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void dataHoldsOnlyTheNonIndexedParameters() {
    assertThat(transfer.dataTypes()).containsExactly(AbiType.UINT256);
    assertThat(transfer.decodeData(hex(word(1000)))).containsExactly(BigInteger.valueOf(1000));
  }

  @Test
  void decodesIndexedValueTypesFromTopics() {
    Address from = Address.fromHex("0x1111111111111111111111111111111111111111");
    Address to = Address.fromHex("0x2222222222222222222222222222222222222222");
    List<byte[]> topics =
        List.of(
            Hex.decode(TRANSFER_TOPIC),
            hex("00".repeat(12), from.toHex()),
            hex("00".repeat(12), to.toHex()));

    assertThat(transfer.decode(topics, hex(word(5))))
        .containsExactly(from, to, BigInteger.valueOf(5));
  }

  @Test
  void indexedReferenceTypesAreOnlyTheirHash() {
    AbiEvent event =
        AbiEvent.of(
            "Named",
            List.of(
                new AbiEvent.Parameter(AbiType.STRING, true),
                new AbiEvent.Parameter(AbiType.STRING, false)),
            Keccak256.INSTANCE);
    byte[] nameHash = Keccak256.INSTANCE.hash("alice".getBytes(StandardCharsets.UTF_8));

    List<Object> values =
        event.decode(
            List.of(event.topic0(), nameHash), hex(word(0x20), word(5), paddedText("alice")));

    assertThat((byte[]) values.get(0)).isEqualTo(nameHash);
    assertThat(values.get(1)).isEqualTo("alice");
  }

  @Test
  void rejectsLogsOfOtherEvents() {
    byte[] otherTopic = new byte[32];

    assertThatThrownBy(() -> transfer.decode(List.of(otherTopic, otherTopic, otherTopic), hex()))
        .isInstanceOf(AbiException.class)
        .hasMessageStartingWith("topic 0 0x0000");
    assertThatThrownBy(() -> transfer.decode(List.of(transfer.topic0()), hex(word(1))))
        .isInstanceOf(AbiException.class)
        .hasMessage("Transfer(address,address,uint256) logs have 3 topics, got 1");
  }

  @Test
  void rejectsDirtyIndexedValues() {
    List<byte[]> topics = List.of(transfer.topic0(), hex("ff".repeat(32)), new byte[32]);

    assertThatThrownBy(() -> transfer.decode(topics, hex(word(1))))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("address at byte 0");
  }

  @Test
  void atMostThreeIndexedParameters() {
    assertThatThrownBy(
            () ->
                AbiEvent.parse(
                    "E(uint8 indexed,uint8 indexed,uint8 indexed,uint8 indexed)",
                    Keccak256.INSTANCE))
        .isInstanceOf(AbiException.class)
        .hasMessage("event E has more than 3 indexed parameters");
  }

  @Test
  void eventsHaveNoReturns() {
    assertThatThrownBy(() -> AbiEvent.parse("E(uint8) returns (bool)", Keccak256.INSTANCE))
        .isInstanceOf(AbiException.class);
  }
}
