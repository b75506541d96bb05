package org.jbcos.consensus.pbft;

/**
 * The chain's hash and this node's signing key as PBFT sees them; {@link SuiteCrypto} is the real
 * one (ECDSA or SM). Tests may substitute a cheap deterministic stand-in.
 */
public interface PbftCrypto extends SignatureCheck {
  /** The chain's 32-byte hash (Keccak-256 or SM3). */
  byte[] hash(byte[] data);

  /** This node's signature over a 32-byte hash, in the chain's byte form. */
  byte[] sign(byte[] hash32);
}
