package org.jbcos.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The hash and signature scheme of one chain, chosen once from its configuration: ECDSA (Keccak-256
 * + secp256k1) or SM (SM3 + SM2).
 */
public final class CryptoSuite {
  /** Which national standard a chain follows. */
  public enum Type {
    ECDSA,
    SM
  }

  private static volatile CryptoSuite ecdsa;
  private static final CryptoSuite SM = new CryptoSuite(Type.SM, Sm3.INSTANCE, Sm2.INSTANCE);

  private final Type type;
  private final HashFunction hash;
  private final SignatureAlgorithm signatureAlgorithm;

  public CryptoSuite(Type type, HashFunction hash, SignatureAlgorithm signatureAlgorithm) {
    this.type = type;
    this.hash = hash;
    this.signatureAlgorithm = signatureAlgorithm;
  }

  /** Keccak-256 + secp256k1, native when available. */
  public static CryptoSuite ecdsa() {
    CryptoSuite s = ecdsa;
    if (s == null) {
      s = new CryptoSuite(Type.ECDSA, Keccak256.INSTANCE, Secp256k1.best());
      ecdsa = s;
    }
    return s;
  }

  /** SM3 + SM2. */
  public static CryptoSuite sm() {
    return SM;
  }

  public static CryptoSuite of(boolean smCrypto) {
    return smCrypto ? sm() : ecdsa();
  }

  public Type type() {
    return type;
  }

  public boolean isSm() {
    return type == Type.SM;
  }

  public HashFunction hashFunction() {
    return hash;
  }

  public SignatureAlgorithm signatureAlgorithm() {
    return signatureAlgorithm;
  }

  public byte[] hash(byte[] data) {
    return hash.hash(data);
  }

  public KeyPair generateKeyPair() {
    return signatureAlgorithm.generateKeyPair(new SecureRandom());
  }

  public Signature sign(byte[] hash32, KeyPair keyPair) {
    return signatureAlgorithm.sign(hash32, keyPair);
  }

  /** The account address of a public key: the last 20 bytes of its hash. */
  public byte[] address(byte[] publicKey64) {
    if (publicKey64.length != 64) {
      throw new CryptoException("public key must be 64 bytes, got " + publicKey64.length);
    }
    return Arrays.copyOfRange(hash.hash(publicKey64), 12, 32);
  }

  /** The address of the signer of {@code hash32}; fails with the reason if the signature is bad. */
  public byte[] recoverAddress(byte[] hash32, Signature signature) {
    return address(signatureAlgorithm.recoverPublicKey(hash32, signature));
  }

  @Override
  public String toString() {
    return type + "(" + hash.name() + ", " + signatureAlgorithm.name() + ")";
  }
}
