package org.jbcos.network;

import java.util.Arrays;
import org.jbcos.crypto.Hex;

/**
 * A node's identity: its 64-byte public key (X‖Y of the secp256k1 or SM2 point, without the 0x04
 * prefix), as FISCO writes it to {@code node.nodeid} and reads it from a peer's TLS certificate.
 * Ordered by unsigned bytes, so that two nodes agree on which of them is "smaller".
 */
public final class NodeId implements Comparable<NodeId> {
  /** The length of a node id in bytes. */
  public static final int LENGTH = 64;

  private final byte[] key;

  private NodeId(byte[] key) {
    this.key = key;
  }

  /**
   * @throws IllegalArgumentException unless {@code key} has 64 bytes
   */
  public static NodeId of(byte[] key) {
    if (key.length != LENGTH) {
      throw new IllegalArgumentException("a node id has " + LENGTH + " bytes, not " + key.length);
    }
    return new NodeId(key.clone());
  }

  /**
   * Parses 128 hex characters, with or without {@code 0x}.
   *
   * @throws IllegalArgumentException if the text is not 64 bytes of hex
   */
  public static NodeId fromHex(String hex) {
    byte[] key;
    try {
      key = Hex.decode(Hex.strip0x(hex.trim()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("a node id is 128 hex characters: " + hex, e);
    }
    return of(key);
  }

  /** The 64 key bytes (a copy). */
  public byte[] toBytes() {
    return key.clone();
  }

  /** 128 lowercase hex characters, as in {@code node.nodeid}. */
  public String toHex() {
    return Hex.encode(key);
  }

  /** The first 8 hex characters, for log lines. */
  public String shortHex() {
    return toHex().substring(0, 8);
  }

  @Override
  public int compareTo(NodeId other) {
    return Arrays.compareUnsigned(key, other.key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeId other && Arrays.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
