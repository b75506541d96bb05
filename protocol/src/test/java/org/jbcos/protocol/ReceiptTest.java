package org.jbcos.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.junit.jupiter.api.Test;

class ReceiptTest {
  static final byte[] CONTRACT = Hex.decode("8c17cf316c1063ab6c89df875e96c9f0f5b2f744");

  static LogEntry transferLog() {
    byte[] topic = Keccak256.INSTANCE.hash("Transfer(address,address,uint256)".getBytes());
    return new LogEntry(CONTRACT, List.of(topic, new byte[32]), Hex.decode("01"));
  }

  static TransactionReceipt receipt(Optional<BigInteger> remainGas) {
    List<LogEntry> logs = List.of(transferLog());
    return new TransactionReceipt(
        new byte[32],
        BigInteger.valueOf(21_000),
        new byte[20],
        LogBloom.of(logs, Keccak256.INSTANCE),
        0,
        Hex.decode("00000001"),
        remainGas,
        logs);
  }

  @Test
  void receiptRoundTripsWithAndWithoutRemainGas() {
    for (Optional<BigInteger> remain :
        List.of(Optional.of(BigInteger.TEN), Optional.<BigInteger>empty())) {
      TransactionReceipt r = receipt(remain);
      byte[] encoded = r.encode();
      assertThat(Rlp.decode(encoded).asList("r").size()).isEqualTo(remain.isPresent() ? 8 : 7);
      TransactionReceipt decoded = TransactionReceipt.decode(encoded);
      assertThat(decoded).isEqualTo(r);
      assertThat(decoded.remainGas()).isEqualTo(remain);
      assertThat(decoded.logs()).containsExactly(transferLog());
      assertThat(decoded.hash(CryptoSuite.ecdsa())).isEqualTo(Keccak256.INSTANCE.hash(encoded));
    }
  }

  @Test
  void bloomContainsTheAddressAndTopicsAndFewOthers() {
    LogBloom bloom = LogBloom.of(List.of(transferLog()), Keccak256.INSTANCE);
    assertThat(bloom.mightContain(CONTRACT, Keccak256.INSTANCE)).isTrue();
    assertThat(bloom.mightContain(transferLog().topics().get(0), Keccak256.INSTANCE)).isTrue();
    assertThat(bloom.mightContain(Hex.decode("00112233"), Keccak256.INSTANCE)).isFalse();
    int bits = 0;
    for (byte b : bloom.toBytes()) {
      bits += Integer.bitCount(b & 0xff);
    }
    assertThat(bits).isBetween(1, 9);
    // the same log under SM3 sets other bits
    assertThat(LogBloom.of(List.of(transferLog()), Sm3.INSTANCE)).isNotEqualTo(bloom);
  }

  @Test
  void bloomOfAKnownAddressSetsTheEthereumBits() {
    // keccak256(address) -> 3 bit indexes from the first 3 byte pairs, each & 2047
    byte[] h = Keccak256.INSTANCE.hash(CONTRACT);
    LogBloom bloom =
        LogBloom.of(List.of(new LogEntry(CONTRACT, List.of(), new byte[0])), Keccak256.INSTANCE);
    byte[] bits = bloom.toBytes();
    for (int i = 0; i < 6; i += 2) {
      int bit = (((h[i] & 0xff) << 8) | (h[i + 1] & 0xff)) & 2047;
      assertThat(bits[255 - bit / 8] & (1 << (bit % 8))).isNotZero();
    }
  }

  @Test
  void statusCodesPrintAsTheSdkExpects() {
    assertThat(ReceiptStatus.NONE.hex()).isEqualTo("0x0");
    assertThat(ReceiptStatus.REVERT_INSTRUCTION.hex()).isEqualTo("0x16");
    assertThat(ReceiptStatus.ofCode(22).message()).isEqualTo("RevertInstruction");
    assertThat(ReceiptStatus.ofCode(10005)).isEqualTo(ReceiptStatus.MALFORMED_TX);
  }

  @Test
  void malformedReceiptsAreRejected() {
    assertThatThrownBy(() -> TransactionReceipt.decode(Hex.decode("c0")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("7 or 8");
    byte[] full = receipt(Optional.empty()).encode();
    byte[] truncated = java.util.Arrays.copyOf(full, full.length - 1);
    assertThatThrownBy(() -> TransactionReceipt.decode(truncated))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("malformed receipt");
  }
}
