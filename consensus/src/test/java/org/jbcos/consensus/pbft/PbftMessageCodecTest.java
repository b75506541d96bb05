package org.jbcos.consensus.pbft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PbftMessageCodecTest {
  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void everyTypeRoundTripsAndVerifiesWithTheChainSuite(boolean sm) throws Exception {
    CryptoSuite suite = CryptoSuite.of(sm);
    KeyPair key = suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(77));
    SuiteCrypto crypto = new SuiteCrypto(suite, key);
    byte[] hash = suite.hash(new byte[] {1});
    for (PacketType type : PacketType.values()) {
      byte[] block = type == PacketType.PREPARE ? new byte[] {(byte) 0xc0} : new byte[0];
      PbftMessage m = PbftMessage.signed(type, 12, 3, 2, 1_700_000_000_000L, hash, block, crypto);
      PbftMessage back = PbftMessageCodec.decode(PbftMessageCodec.encode(m));
      assertThat(back).isEqualTo(m);
      assertThat(back.signedBy(crypto.nodeId(), crypto)).isTrue();
      KeyPair other = suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(78));
      assertThat(back.signedBy(new NodeId(other.publicKey()), crypto)).isFalse();
    }
  }

  @ParameterizedTest(name = "case {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void malformedBytesAreRefusedWithAReason(int which) {
    byte[] hash = new byte[32];
    byte[] sig = new byte[65];
    byte[] good =
        Rlp.encodeList(
            Rlp.encodeLong(1),
            Rlp.encodeLong(0),
            Rlp.encodeLong(0),
            Rlp.encodeLong(0),
            Rlp.encodeBytes(hash),
            Rlp.encodeBytes(sig),
            Rlp.encodeBytes(sig));
    byte[] bad =
        switch (which) {
          case 0 -> Arrays.copyOf(packet(1, good), packet(1, good).length + 1); // trailing
          case 1 -> packet(9, good); // unknown packet id
          case 2 -> packet(0, good); // a prepare without its block
          case 3 -> packet(1, Rlp.encodeList(Rlp.encodeLong(1))); // too few fields
          case 4 ->
              packet(
                  1,
                  Rlp.encodeList(
                      Rlp.encodeLong(1),
                      Rlp.encodeLong(0),
                      Rlp.encodeLong(0),
                      Rlp.encodeLong(0),
                      Rlp.encodeBytes(new byte[31]), // short hash
                      Rlp.encodeBytes(sig),
                      Rlp.encodeBytes(sig)));
          case 5 ->
              packet(
                  1,
                  Rlp.encodeList(
                      Rlp.encodeLong(1),
                      Rlp.encodeLong(0),
                      Rlp.encodeLong(0),
                      Rlp.encodeLong(0),
                      Rlp.encodeBytes(hash),
                      Rlp.encodeBytes(new byte[64]), // not a signature size
                      Rlp.encodeBytes(sig)));
          default -> new byte[] {(byte) 0xff};
        };
    assertThatThrownBy(() -> PbftMessageCodec.decode(bad))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageNotContaining("null");
    assertThat(packetDecodes(packet(1, good))).isTrue();
  }

  private static boolean packetDecodes(byte[] p) {
    try {
      PbftMessageCodec.decode(p);
      return true;
    } catch (MalformedMessageException e) {
      return false;
    }
  }

  private static byte[] packet(int id, byte[] data) {
    return Rlp.encodeList(Rlp.encodeLong(id), Rlp.encodeLong(2), Rlp.encodeBytes(data));
  }
}
