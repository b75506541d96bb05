package org.jbcos.sync.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Test;

class SyncPacketsTest {
  private static final CryptoSuite SUITE = CryptoSuite.ecdsa();

  private static byte[] hash(int b) {
    byte[] h = new byte[32];
    Arrays.fill(h, (byte) b);
    return h;
  }

  @Test
  void statusRoundTripsInFiscoOrder() throws MalformedPacketException {
    StatusPacket s = new StatusPacket(42, hash(1), hash(2));
    byte[] encoded = s.encode();
    assertThat(StatusPacket.decode(encoded)).isEqualTo(s);
    assertThat(encoded)
        .isEqualTo(
            Rlp.encodeList(Rlp.encodeLong(42), Rlp.encodeBytes(hash(1)), Rlp.encodeBytes(hash(2))));
  }

  @Test
  void statusIsDecodedStrictly() {
    byte[] ok = new StatusPacket(7, hash(1), hash(2)).encode();
    assertThatThrownBy(() -> StatusPacket.decode(Arrays.copyOf(ok, ok.length + 1)))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("trailing");
    assertThatThrownBy(
            () ->
                StatusPacket.decode(
                    Rlp.encodeList(
                        Rlp.encodeLong(7),
                        Rlp.encodeBytes(new byte[31]),
                        Rlp.encodeBytes(hash(2)))))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("genesis hash");
    assertThatThrownBy(
            () ->
                StatusPacket.decode(
                    Rlp.encodeList(
                        Rlp.encodeBytes(new byte[] {0, 7}),
                        Rlp.encodeBytes(hash(1)),
                        Rlp.encodeBytes(hash(2)))))
        .as("non-canonical number")
        .isInstanceOf(MalformedPacketException.class);
    assertThatThrownBy(() -> StatusPacket.decode(Rlp.encodeList(Rlp.encodeLong(7))))
        .isInstanceOf(MalformedPacketException.class);
  }

  @Test
  void blockRequestNeedsPositiveRange() throws MalformedPacketException {
    assertThat(ReqBlocksPacket.decode(new ReqBlocksPacket(5, 32).encode()))
        .isEqualTo(new ReqBlocksPacket(5, 32));
    assertThatThrownBy(
            () -> ReqBlocksPacket.decode(Rlp.encodeList(Rlp.encodeLong(0), Rlp.encodeLong(3))))
        .isInstanceOf(MalformedPacketException.class);
    assertThatThrownBy(
            () -> ReqBlocksPacket.decode(Rlp.encodeList(Rlp.encodeLong(1), Rlp.encodeLong(0))))
        .isInstanceOf(MalformedPacketException.class);
    assertThatThrownBy(
            () ->
                ReqBlocksPacket.decode(Rlp.encodeList(Rlp.encodeLong(1), Rlp.encodeLong(1 << 20))))
        .isInstanceOf(MalformedPacketException.class);
  }

  @Test
  void transactionsRoundTripAndRejectGarbage() throws MalformedPacketException {
    var key = SUITE.signatureAlgorithm().keyPairOf(BigInteger.valueOf(77));
    Transaction tx =
        Transaction.builder()
            .nonce(BigInteger.ONE)
            .blockLimit(100)
            .to(new byte[20])
            .sign(SUITE, key);
    byte[] packet = TransactionsPacket.encode(List.of(tx.encode(), tx.encode()));
    List<Transaction> decoded = TransactionsPacket.decode(packet, 10, SUITE);
    assertThat(decoded).hasSize(2);
    assertThat(decoded.get(0).hash(SUITE)).isEqualTo(tx.hash(SUITE));

    assertThatThrownBy(() -> TransactionsPacket.decode(packet, 1, SUITE))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("at most 1");
    byte[] withString = Rlp.encodeList(tx.encode(), Rlp.encodeBytes(new byte[] {1, 2, 3}));
    assertThatThrownBy(() -> TransactionsPacket.decode(withString, 10, SUITE))
        .isInstanceOf(MalformedPacketException.class);
    assertThatThrownBy(() -> TransactionsPacket.decode(Rlp.encodeBytes(tx.encode()), 10, SUITE))
        .isInstanceOf(MalformedPacketException.class);
  }

  @Test
  void blocksPacketRejectsMalformedBlocks() {
    assertThatThrownBy(
            () ->
                BlocksPacket.decode(
                    BlocksPacket.encode(List.of(new byte[] {(byte) 0xc0})), 32, SUITE))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("block");
    assertThatThrownBy(() -> BlocksPacket.decode(new byte[] {(byte) 0x80}, 32, SUITE))
        .isInstanceOf(MalformedPacketException.class);
  }
}
