package org.jbcos.consensus.pbft;

import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.Signature;

/** {@link PbftCrypto} over the chain's {@link CryptoSuite} (secp256k1 + Keccak, or SM2 + SM3). */
public final class SuiteCrypto implements PbftCrypto {
  private final CryptoSuite suite;
  private final KeyPair key;

  public SuiteCrypto(CryptoSuite suite, KeyPair key) {
    this.suite = suite;
    this.key = key;
  }

  /** Verification only (a node that checks but does not sign, e.g. sync). */
  public static SignatureCheck checker(CryptoSuite suite) {
    return (signer, hash, signature) -> verify(suite, signer, hash, signature);
  }

  public NodeId nodeId() {
    return new NodeId(key.publicKey());
  }

  @Override
  public byte[] hash(byte[] data) {
    return suite.hash(data);
  }

  @Override
  public byte[] sign(byte[] hash32) {
    return suite.sign(hash32, key).toBytes();
  }

  @Override
  public boolean verify(NodeId signer, byte[] hash32, byte[] signature) {
    return verify(suite, signer, hash32, signature);
  }

  static boolean verify(CryptoSuite suite, NodeId signer, byte[] hash32, byte[] signature) {
    try {
      Signature sig = Signature.fromBytes(signature);
      if (sig.isSm2() != suite.isSm()) {
        return false;
      }
      return suite.signatureAlgorithm().verify(signer.bytes(), hash32, sig);
    } catch (CryptoException | IllegalArgumentException e) {
      return false;
    }
  }
}
