package org.jbcos.crypto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A private key and its 64-byte uncompressed public key (X‖Y, without the 0x04 prefix).
 *
 * @param curve the curve the key belongs to
 * @param privateKey the secret scalar, 0 &lt; d &lt; n
 * @param publicKey 64 bytes X‖Y
 */
public record KeyPair(Curve curve, BigInteger privateKey, byte[] publicKey) {
  public KeyPair {
    if (publicKey.length != 64) {
      throw new CryptoException("public key must be 64 bytes, got " + publicKey.length);
    }
  }

  /** The private key as 32 big-endian bytes. */
  public byte[] privateKeyBytes() {
    return Bytes32.of(privateKey);
  }

  /** The node id / public key as 128 lowercase hex characters, as in FISCO's node.nodeid. */
  public String publicKeyHex() {
    return Hex.encode(publicKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPair other
        && curve == other.curve
        && privateKey.equals(other.privateKey)
        && Arrays.equals(publicKey, other.publicKey);
  }

  @Override
  public int hashCode() {
    return privateKey.hashCode();
  }

  @Override
  public String toString() {
    return "KeyPair[" + curve + ", public " + publicKeyHex() + "]";
  }
}
