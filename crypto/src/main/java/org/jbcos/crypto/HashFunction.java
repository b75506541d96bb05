package org.jbcos.crypto;

/** A 32-byte cryptographic hash: Keccak-256 on ECDSA chains, SM3 on SM chains. */
public interface HashFunction {
  String name();

  byte[] hash(byte[] data, int offset, int length);

  default byte[] hash(byte[] data) {
    return hash(data, 0, data.length);
  }
}
