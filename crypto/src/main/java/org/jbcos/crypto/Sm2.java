package org.jbcos.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * SM2 signatures (GM/T 0003) over SM3 with FISCO's default user id {@code 1234567812345678}; the
 * signature is plain r‖s and carries the signer's public key, so "recovery" is verification.
 */
public final class Sm2 implements SignatureAlgorithm {
  public static final Sm2 INSTANCE = new Sm2();
  static final byte[] DEFAULT_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
  private static final ECDomainParameters DOMAIN = Curve.SM2P256V1.domain();
  private static final BigInteger N = DOMAIN.getN();
  private final SecureRandom random = new SecureRandom();

  private Sm2() {}

  @Override
  public String name() {
    return "sm2";
  }

  @Override
  public Curve curve() {
    return Curve.SM2P256V1;
  }

  @Override
  public KeyPair generateKeyPair(SecureRandom rnd) {
    while (true) {
      BigInteger d = new BigInteger(256, rnd);
      // SM2 requires d in [1, n-2]
      if (d.signum() > 0 && d.compareTo(N.subtract(BigInteger.ONE)) < 0) {
        return keyPairOf(d);
      }
    }
  }

  @Override
  public KeyPair keyPairOf(BigInteger privateKey) {
    if (privateKey.signum() <= 0 || privateKey.compareTo(N.subtract(BigInteger.ONE)) >= 0) {
      throw new org.jbcos.crypto.CryptoException("SM2 private key must be in [1, n-2]");
    }
    ECPoint q = new FixedPointCombMultiplier().multiply(DOMAIN.getG(), privateKey).normalize();
    return new KeyPair(Curve.SM2P256V1, privateKey, BouncyCastleSecp256k1.uncompressed(q));
  }

  @Override
  public Signature sign(byte[] hash32, KeyPair keyPair) {
    Secp256k1.checkHash(hash32);
    if (keyPair.curve() != Curve.SM2P256V1) {
      throw new org.jbcos.crypto.CryptoException("key is on " + keyPair.curve() + ", not SM2");
    }
    SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    signer.init(
        true,
        new ParametersWithID(
            new ParametersWithRandom(
                new ECPrivateKeyParameters(keyPair.privateKey(), DOMAIN), random),
            DEFAULT_USER_ID));
    signer.update(hash32, 0, hash32.length);
    try {
      byte[] rs = signer.generateSignature();
      return Signature.sm2(
          Arrays.copyOfRange(rs, 0, 32), Arrays.copyOfRange(rs, 32, 64), keyPair.publicKey());
    } catch (CryptoException e) {
      throw new org.jbcos.crypto.CryptoException("SM2 signing failed", e);
    }
  }

  @Override
  public boolean verify(byte[] publicKey64, byte[] hash32, Signature signature) {
    if (publicKey64.length != 64 || hash32.length != 32) {
      return false;
    }
    ECPoint q;
    try {
      byte[] encoded = new byte[65];
      encoded[0] = 4;
      System.arraycopy(publicKey64, 0, encoded, 1, 64);
      q = DOMAIN.getCurve().decodePoint(encoded);
    } catch (IllegalArgumentException notOnCurve) {
      return false;
    }
    SM2Signer verifier = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    verifier.init(
        false, new ParametersWithID(new ECPublicKeyParameters(q, DOMAIN), DEFAULT_USER_ID));
    verifier.update(hash32, 0, hash32.length);
    byte[] rs = new byte[64];
    System.arraycopy(signature.r(), 0, rs, 0, 32);
    System.arraycopy(signature.s(), 0, rs, 32, 32);
    return verifier.verifySignature(rs);
  }

  @Override
  public byte[] recoverPublicKey(byte[] hash32, Signature signature) {
    Secp256k1.checkHash(hash32);
    if (!signature.isSm2()) {
      throw new org.jbcos.crypto.CryptoException(
          "an SM2 signature must carry the 64-byte public key of its signer");
    }
    if (!verify(signature.publicKey(), hash32, signature)) {
      throw new org.jbcos.crypto.CryptoException(
          "SM2 signature does not verify against the public key it carries");
    }
    return signature.publicKey().clone();
  }
}
