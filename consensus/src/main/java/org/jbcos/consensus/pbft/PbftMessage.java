package org.jbcos.consensus.pbft;

import java.util.Arrays;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.Hex;

/**
 * One PBFT message. Every type carries height, view, the sender's sealer index, a timestamp, a
 * block hash, {@code sig} (over the block hash) and {@code sig2} (over the hash of RLP(height,
 * view, idx, timestamp)); a prepare also carries the encoded block (empty for the other types).
 *
 * <p>For a prepare the block hash is the hash of the proposed block; for sign and commit it is the
 * hash of the block as executed; for a view change it is the hash of the sender's head block.
 */
public record PbftMessage(
    PacketType type,
    long height,
    long view,
    int idx,
    long timestamp,
    byte[] blockHash,
    byte[] sig,
    byte[] sig2,
    byte[] block) {

  public PbftMessage {
    blockHash = blockHash.clone();
    sig = sig.clone();
    sig2 = sig2.clone();
    block = block.clone();
  }

  /** A message signed by {@code crypto}: both signatures are computed here. */
  public static PbftMessage signed(
      PacketType type,
      long height,
      long view,
      int idx,
      long timestamp,
      byte[] blockHash,
      byte[] block,
      PbftCrypto crypto) {
    byte[] sig = crypto.sign(blockHash);
    byte[] sig2 = crypto.sign(fieldsHash(height, view, idx, timestamp, crypto));
    return new PbftMessage(type, height, view, idx, timestamp, blockHash, sig, sig2, block);
  }

  /** The hash that {@code sig2} signs: hash(RLP[height, view, idx, timestamp]). */
  public static byte[] fieldsHash(
      long height, long view, int idx, long timestamp, PbftCrypto crypto) {
    return crypto.hash(
        Rlp.encodeList(
            Rlp.encodeLong(height),
            Rlp.encodeLong(view),
            Rlp.encodeLong(idx),
            Rlp.encodeLong(timestamp)));
  }

  public byte[] fieldsHash(PbftCrypto crypto) {
    return fieldsHash(height, view, idx, timestamp, crypto);
  }

  /** True when both signatures are by {@code signer}. */
  public boolean signedBy(NodeId signer, PbftCrypto crypto) {
    return crypto.verify(signer, blockHash, sig) && crypto.verify(signer, fieldsHash(crypto), sig2);
  }

  public boolean hashEquals(byte[] hash) {
    return Arrays.equals(blockHash, hash);
  }

  @Override
  public byte[] blockHash() {
    return blockHash.clone();
  }

  @Override
  public byte[] sig() {
    return sig.clone();
  }

  @Override
  public byte[] sig2() {
    return sig2.clone();
  }

  @Override
  public byte[] block() {
    return block.clone();
  }

  /** An operator-readable id: type, height, view, sender and abridged hash. */
  public String describe() {
    return type
        + "{h="
        + height
        + " v="
        + view
        + " idx="
        + idx
        + " hash="
        + Hex.encode(blockHash).substring(0, 8)
        + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PbftMessage m
        && type == m.type
        && height == m.height
        && view == m.view
        && idx == m.idx
        && timestamp == m.timestamp
        && Arrays.equals(blockHash, m.blockHash)
        && Arrays.equals(sig, m.sig)
        && Arrays.equals(sig2, m.sig2)
        && Arrays.equals(block, m.block);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(height * 31 + view) * 31 + idx * 7 + type.hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
