package org.jbcos.consensus.pbft;

import java.util.Arrays;
import org.jbcos.crypto.Hex;

/**
 * A node id: the node's 64-byte public key (secp256k1 or SM2), as in FISCO's {@code node.nodeid}.
 *
 * @param bytes the 64 key bytes X‖Y
 */
public record NodeId(byte[] bytes) {
  public NodeId {
    if (bytes.length != 64) {
      throw new IllegalArgumentException("a node id is 64 bytes, got " + bytes.length);
    }
    bytes = bytes.clone();
  }

  public static NodeId fromHex(String hex) {
    return new NodeId(Hex.decode(hex));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public String hex() {
    return Hex.encode(bytes);
  }

  /** The first 8 hex characters, as the C++ node's logs abridge ids. */
  public String abridged() {
    return hex().substring(0, 8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeId other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return abridged();
  }
}
