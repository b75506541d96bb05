package org.jbcos.crypto.pki;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.crypto.pem.Pem;
import org.jbcos.crypto.pem.PemBlock;

/**
 * A certificate together with its key pair, e.g. {@code ca.crt} + {@code ca.key} or {@code
 * node.crt} + {@code node.key}.
 *
 * @param certificate the certificate
 * @param privateKey the private key of the certified public key
 * @param publicKey the certified public key
 */
public record IssuedCertificate(
    X509Certificate certificate, PrivateKey privateKey, PublicKey publicKey) {
  public IssuedCertificate {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /**
   * Loads an existing certificate and its key, e.g. an agency's {@code agency.crt} and {@code
   * agency.key} to issue more node certificates with.
   *
   * @param certificatePem the certificate; further certificates after the first are ignored
   * @param privateKeyPem PKCS#8 or SEC1 for EC keys, PKCS#8 or PKCS#1 for RSA keys
   * @throws CryptoException if either PEM is bad or the key does not belong to the certificate
   */
  public static IssuedCertificate fromPem(String certificatePem, String privateKeyPem) {
    X509Certificate certificate = CertificateAuthority.readCertificates(certificatePem).get(0);
    PublicKey publicKey = certificate.getPublicKey();
    CertKeyType type = CertKeyType.of(publicKey);
    String subject = CertificateAuthority.nameOf(certificate.getSubjectX500Principal());
    PrivateKey privateKey;
    if (type == CertKeyType.RSA) {
      privateKey = readRsa(privateKeyPem);
      RSAPublicKey rsaPublic = (RSAPublicKey) publicKey;
      if (!(privateKey instanceof RSAPrivateCrtKey crt)
          || !crt.getModulus().equals(rsaPublic.getModulus())
          || !crt.getPublicExponent().equals(rsaPublic.getPublicExponent())) {
        throw new CryptoException("the RSA private key does not belong to certificate " + subject);
      }
    } else {
      KeyPair keyPair = KeyPem.readKeyPair(privateKeyPem);
      if (!Arrays.equals(keyPair.publicKey(), KeyPem.publicKeyOf(publicKey))) {
        throw new CryptoException(
            "the " + keyPair.curve() + " private key does not belong to certificate " + subject);
      }
      privateKey = JcaKeys.privateKey(keyPair);
    }
    return new IssuedCertificate(certificate, privateKey, publicKey);
  }

  public CertKeyType keyType() {
    return CertKeyType.of(publicKey);
  }

  /** The certificate alone as PEM. */
  public String certificatePem() {
    return CertificateAuthority.writeCertificates(List.of(certificate));
  }

  /** The private key as PKCS#8 PEM; EC keys in the form {@link KeyPem#writePkcs8} writes. */
  public String privateKeyPem() {
    return keyType() == CertKeyType.RSA
        ? Pem.write("PRIVATE KEY", privateKey.getEncoded())
        : KeyPem.writePkcs8(keyPair());
  }

  /**
   * The key pair of an EC certificate, as node and SDK keys are used for signing.
   *
   * @throws CryptoException for RSA certificates
   */
  public KeyPair keyPair() {
    if (keyType() == CertKeyType.RSA) {
      throw new CryptoException("an RSA certificate has no secp256k1 / SM2 key pair");
    }
    return KeyPem.readPkcs8(privateKey.getEncoded());
  }

  /** The node id (128 hex characters) of an EC certificate's key, as in {@code node.nodeid}. */
  public String nodeId() {
    return KeyPem.nodeId(keyPair());
  }

  private static PrivateKey readRsa(String pem) {
    for (PemBlock block : Pem.read(pem)) {
      switch (block.label()) {
        case "PRIVATE KEY" -> {
          return JcaKeys.rsaPrivateKey(block.der());
        }
        case "RSA PRIVATE KEY" -> {
          return JcaKeys.rsaPrivateKey(JcaKeys.pkcs1ToPkcs8(block.der()));
        }
        default -> {
          // skip parameters, certificates and other blocks
        }
      }
    }
    throw new CryptoException("the PEM holds no 'PRIVATE KEY' or 'RSA PRIVATE KEY' block");
  }

  @Override
  public String toString() {
    return "IssuedCertificate["
        + keyType()
        + " "
        + CertificateAuthority.nameOf(certificate.getSubjectX500Principal())
        + ", serial "
        + certificate.getSerialNumber().toString(16)
        + "]";
  }
}
