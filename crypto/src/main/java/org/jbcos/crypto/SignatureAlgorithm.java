package org.jbcos.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;

/** Signs 32-byte hashes and finds who signed them: secp256k1 ECDSA or SM2. */
public interface SignatureAlgorithm {
  /** A short name for logs and benchmarks, e.g. "secp256k1-native". */
  String name();

  Curve curve();

  KeyPair generateKeyPair(SecureRandom random);

  /**
   * The key pair of a private key.
   *
   * @throws CryptoException if the key is not in [1, n-1]
   */
  KeyPair keyPairOf(BigInteger privateKey);

  Signature sign(byte[] hash32, KeyPair keyPair);

  boolean verify(byte[] publicKey64, byte[] hash32, Signature signature);

  /**
   * The 64-byte public key of the signer: ECDSA recovers it, SM2 verifies the key carried in the
   * signature.
   *
   * @throws CryptoException saying why the signature is invalid
   */
  byte[] recoverPublicKey(byte[] hash32, Signature signature);
}
