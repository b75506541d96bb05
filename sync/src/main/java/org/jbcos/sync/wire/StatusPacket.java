package org.jbcos.sync.wire;

import java.util.Arrays;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpList;
import org.jbcos.crypto.Hex;

/**
 * What a node tells its peers about its chain.
 *
 * @param number the head block number
 * @param genesisHash 32 bytes; peers with another genesis are of another chain
 * @param headHash 32 bytes, the hash of block {@code number}
 */
public record StatusPacket(long number, byte[] genesisHash, byte[] headHash) {
  public StatusPacket {
    if (number < 0) {
      throw new IllegalArgumentException("negative block number " + number);
    }
    genesisHash = hash32("genesis hash", genesisHash);
    headHash = hash32("head hash", headHash);
  }

  private static byte[] hash32(String what, byte[] h) {
    if (h.length != 32) {
      throw new IllegalArgumentException(what + " must be 32 bytes, got " + h.length);
    }
    return h.clone();
  }

  @Override
  public byte[] genesisHash() {
    return genesisHash.clone();
  }

  @Override
  public byte[] headHash() {
    return headHash.clone();
  }

  public boolean sameGenesis(byte[] otherGenesisHash) {
    return Arrays.equals(genesisHash, otherGenesisHash);
  }

  public byte[] encode() {
    return Rlp.encodeList(
        Rlp.encodeLong(number), Rlp.encodeBytes(genesisHash), Rlp.encodeBytes(headHash));
  }

  public static StatusPacket decode(byte[] payload) throws MalformedPacketException {
    try {
      RlpList l = Rlp.decode(payload).asList("status").requireSize("status", 3);
      return new StatusPacket(
          l.get(0).asString("number").asLong("number"),
          l.get(1).asString("genesis hash").asFixed("genesis hash", 32, false),
          l.get(2).asString("head hash").asFixed("head hash", 32, false));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new MalformedPacketException("malformed status: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatusPacket s
        && number == s.number
        && Arrays.equals(genesisHash, s.genesisHash)
        && Arrays.equals(headHash, s.headHash);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(number) * 31 + Arrays.hashCode(headHash);
  }

  @Override
  public String toString() {
    return "Status[number=" + number + ", head=" + Hex.encode(headHash).substring(0, 8) + "]";
  }
}
