package org.jbcos.crypto.pki;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.Secp256k1;
import org.jbcos.crypto.Sm2;
import org.jbcos.crypto.pem.KeyPem;

/**
 * Conversions between {@link KeyPair} and JCA keys. Everything goes through one private
 * BouncyCastle provider instance: the JDK's SunEC dropped secp256k1 in Java 16 and never had SM2.
 */
final class JcaKeys {
  static final Provider BC = new BouncyCastleProvider();
  static final SecureRandom RANDOM = new SecureRandom();

  private JcaKeys() {}

  static KeyPair generateEc(CertKeyType type) {
    return switch (type) {
      case SECP256K1 -> Secp256k1.best().generateKeyPair(RANDOM);
      case SM2 -> Sm2.INSTANCE.generateKeyPair(RANDOM);
      case RSA -> throw new IllegalArgumentException("RSA is not an EC key type");
    };
  }

  static java.security.KeyPair generateRsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
      generator.initialize(CertKeyType.RSA_BITS, RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("could not generate an RSA key", e);
    }
  }

  static PrivateKey privateKey(KeyPair keyPair) {
    try {
      return KeyFactory.getInstance("EC", BC)
          .generatePrivate(new PKCS8EncodedKeySpec(KeyPem.pkcs8(keyPair)));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("could not convert a " + keyPair.curve() + " private key", e);
    }
  }

  static PublicKey publicKey(KeyPair keyPair) {
    return ecPublicKey(subjectPublicKeyInfo(keyPair));
  }

  static SubjectPublicKeyInfo subjectPublicKeyInfo(KeyPair keyPair) {
    byte[] point = new byte[65];
    point[0] = 4;
    System.arraycopy(keyPair.publicKey(), 0, point, 1, 64);
    return new SubjectPublicKeyInfo(
        new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, keyPair.curve().oid()), point);
  }

  static PrivateKey rsaPrivateKey(byte[] pkcs8) {
    try {
      return KeyFactory.getInstance("RSA", BC).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("not a valid RSA private key: " + e.getMessage(), e);
    }
  }

  /** PKCS#8 DER of a PKCS#1 {@code RSA PRIVATE KEY}. */
  static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    try {
      return new PrivateKeyInfo(
              new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
              RSAPrivateKey.getInstance(pkcs1))
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new CryptoException("RSA PRIVATE KEY is not valid DER: " + e.getMessage(), e);
    }
  }

  private static PublicKey ecPublicKey(SubjectPublicKeyInfo info) {
    try {
      return KeyFactory.getInstance("EC", BC)
          .generatePublic(new X509EncodedKeySpec(info.getEncoded(ASN1Encoding.DER)));
    } catch (GeneralSecurityException | IOException e) {
      throw new CryptoException("could not convert an EC public key", e);
    }
  }
}
