package org.jbcos.consensus.pbft;

/** Checks that a signature over a 32-byte hash was made by a given node. */
@FunctionalInterface
public interface SignatureCheck {
  /** False for a wrong signer and for bytes that are not a signature; never throws. */
  boolean verify(NodeId signer, byte[] hash32, byte[] signature);
}
