package org.jbcos.crypto.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.pem.Pem;
import org.jbcos.crypto.pem.PemBlock;

/**
 * Issues the certificates of FISCO's hierarchy chain CA → agency → node / SDK, and checks chains of
 * them. Certificates are valid from one hour ago (clock skew between hosts) until the requested
 * validity has passed; serial numbers are random 128-bit positive integers.
 */
public final class CertificateAuthority {
  private static final String CERTIFICATE = "CERTIFICATE";
  private static final Duration BACKDATE = Duration.ofHours(1);
  private static final int KEY_CERT_SIGN = 5;

  private CertificateAuthority() {}

  /**
   * A new key of {@code type} and a self-signed CA certificate for it, like FISCO's {@code ca.crt}.
   *
   * @param subjectDn the name with its RDNs in certificate order, as {@code openssl -subj} and
   *     FISCO's scripts write them: {@code CN=chain,O=fisco-bcos,OU=chain} puts CN first (unlike
   *     {@link X500Principal}, which reverses RFC 2253 strings)
   */
  public static IssuedCertificate selfSignedRoot(
      CertKeyType type, String subjectDn, Duration validity) {
    Keys keys = generate(type);
    X500Name name = parseName(subjectDn);
    return issue(keys, name, keys.info(), name, keys.privateKey(), type, validity, caExtensions());
  }

  /**
   * A new key of the issuer's type and a CA certificate for it signed by {@code issuer}, like an
   * agency's {@code agency.crt}.
   */
  public static IssuedCertificate issueIntermediate(
      IssuedCertificate issuer, String subjectDn, Duration validity) {
    requireCa(issuer);
    Keys keys = generate(issuer.keyType());
    return issueBy(issuer, keys, subjectDn, validity, caExtensions());
  }

  /** A new key of the issuer's type and an end-entity certificate for it, like {@code node.crt}. */
  public static IssuedCertificate issueLeaf(
      IssuedCertificate issuer, String subjectDn, Duration validity, LeafUsage usage) {
    requireCa(issuer);
    CertKeyType type = issuer.keyType();
    return issueBy(issuer, generate(type), subjectDn, validity, leafExtensions(usage, type));
  }

  /**
   * An end-entity certificate for an existing secp256k1 / SM2 key, e.g. a {@code node.key}
   * generated before, so that the node id stays the same.
   */
  public static IssuedCertificate issueLeaf(
      IssuedCertificate issuer,
      String subjectDn,
      KeyPair subjectKey,
      Duration validity,
      LeafUsage usage) {
    requireCa(issuer);
    Keys keys = Keys.of(subjectKey);
    CertKeyType type = CertKeyType.of(subjectKey.curve());
    return issueBy(issuer, keys, subjectDn, validity, leafExtensions(usage, type));
  }

  /**
   * All certificates of a PEM text, in order; other blocks are skipped.
   *
   * @throws CryptoException if the text is not PEM, holds no certificate, or one is corrupt
   */
  public static List<X509Certificate> readCertificates(String pem) {
    List<X509Certificate> certificates = new ArrayList<>();
    JcaX509CertificateConverter converter =
        new JcaX509CertificateConverter().setProvider(JcaKeys.BC);
    for (PemBlock block : Pem.read(pem)) {
      if (!block.label().equals(CERTIFICATE)) {
        continue;
      }
      try {
        certificates.add(converter.getCertificate(new X509CertificateHolder(block.der())));
      } catch (IOException | CertificateException | IllegalArgumentException e) {
        throw new CryptoException(
            "certificate "
                + certificates.size()
                + " of the PEM is not a valid X.509 certificate: "
                + e.getMessage(),
            e);
      }
    }
    if (certificates.isEmpty()) {
      throw new CryptoException("the PEM holds no '" + CERTIFICATE + "' block");
    }
    return certificates;
  }

  /**
   * The certificates as consecutive PEM blocks; FISCO's {@code node.crt} is node, agency and chain
   * CA in that order.
   */
  public static String writeCertificates(List<X509Certificate> certificates) {
    StringBuilder out = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      try {
        out.append(Pem.write(CERTIFICATE, certificate.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new CryptoException("could not encode " + describe(certificate), e);
      }
    }
    return out.toString();
  }

  /** {@link #verifyChain(List, X509Certificate, Instant)} at the current time. */
  public static void verifyChain(List<X509Certificate> chainLeafFirst, X509Certificate root) {
    verifyChain(chainLeafFirst, root, Instant.now());
  }

  /**
   * Checks that {@code chainLeafFirst} leads to the trusted {@code root}: every certificate is
   * signed by the next one (the last by {@code root}), names it as issuer, and is valid at {@code
   * at}; every issuer is a CA allowed to sign certificates and within its path length. The chain
   * may end with {@code root} itself, as in {@code node.crt}.
   *
   * @throws CryptoException naming the certificate that fails and why
   */
  public static void verifyChain(
      List<X509Certificate> chainLeafFirst, X509Certificate root, Instant at) {
    List<X509Certificate> chain = new ArrayList<>(chainLeafFirst);
    if (chain.size() > 1 && chain.get(chain.size() - 1).equals(root)) {
      chain.remove(chain.size() - 1);
    }
    if (chain.isEmpty()) {
      throw new CryptoException("the certificate chain is empty");
    }
    Date date = Date.from(at);
    String rootLabel = "the root " + describe(root);
    checkValidity(root, rootLabel, date);
    checkCa(root, rootLabel, chain.size() - 1);
    if (root.getSubjectX500Principal().equals(root.getIssuerX500Principal())) {
      checkSignature(root, root, rootLabel);
    }
    if (chain.size() == 1 && chain.get(0).equals(root)) {
      return;
    }
    for (int i = 0; i < chain.size(); i++) {
      X509Certificate certificate = chain.get(i);
      X509Certificate issuer = i + 1 < chain.size() ? chain.get(i + 1) : root;
      String label = "certificate " + i + " " + describe(certificate);
      checkValidity(certificate, label, date);
      if (i > 0) {
        checkCa(certificate, label, i - 1);
      }
      if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
        throw new CryptoException(
            label
                + " was issued by "
                + nameOf(certificate.getIssuerX500Principal())
                + ", not by "
                + (issuer == root ? "the root " : "the next certificate ")
                + describe(issuer));
      }
      checkSignature(certificate, issuer, label);
    }
  }

  private static IssuedCertificate issueBy(
      IssuedCertificate issuer,
      Keys keys,
      String subjectDn,
      Duration validity,
      Extensions extensions) {
    X500Name issuerName =
        X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
    SubjectPublicKeyInfo issuerInfo =
        SubjectPublicKeyInfo.getInstance(issuer.publicKey().getEncoded());
    byte[] issuerKeyId =
        issuer.certificate().getExtensionValue(Extension.subjectKeyIdentifier.getId());
    Extensions withIssuerKeyId =
        issuerKeyId == null
            ? extensions
            : extensions.withAuthorityKeyId(
                ASN1OctetString.getInstance(ASN1OctetString.getInstance(issuerKeyId).getOctets())
                    .getOctets());
    return issue(
        keys,
        parseName(subjectDn),
        issuerInfo,
        issuerName,
        issuer.privateKey(),
        issuer.keyType(),
        validity,
        withIssuerKeyId);
  }

  private static IssuedCertificate issue(
      Keys subject,
      X500Name subjectName,
      SubjectPublicKeyInfo issuerInfo,
      X500Name issuerName,
      PrivateKey issuerKey,
      CertKeyType issuerType,
      Duration validity,
      Extensions extensions) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("certificate validity must be positive, got " + validity);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    BigInteger serial = new BigInteger(128, JcaKeys.RANDOM).setBit(127);
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            issuerName,
            serial,
            Date.from(now.minus(BACKDATE)),
            Date.from(now.plus(validity)),
            subjectName,
            subject.info());
    BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
    try {
      builder.addExtension(Extension.basicConstraints, true, extensions.basicConstraints());
      builder.addExtension(Extension.keyUsage, true, extensions.keyUsage());
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subject.info()));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          extensions.authorityKeyId() != null
              ? new AuthorityKeyIdentifier(extensions.authorityKeyId())
              : utils.createAuthorityKeyIdentifier(issuerInfo));
      ContentSigner signer =
          new JcaContentSignerBuilder(issuerType.signatureAlgorithm())
              .setProvider(JcaKeys.BC)
              .setSecureRandom(JcaKeys.RANDOM)
              .build(issuerKey);
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .setProvider(JcaKeys.BC)
              .getCertificate(builder.build(signer));
      return new IssuedCertificate(certificate, subject.privateKey(), subject.publicKey());
    } catch (CertIOException | OperatorCreationException | CertificateException e) {
      throw new CryptoException(
          "could not issue a certificate for " + subjectName + ": " + e.getMessage(), e);
    }
  }

  private static void checkValidity(X509Certificate certificate, String label, Date at) {
    try {
      certificate.checkValidity(at);
    } catch (CertificateExpiredException e) {
      throw new CryptoException(
          label
              + " expired on "
              + certificate.getNotAfter().toInstant()
              + " (checked at "
              + at.toInstant()
              + ")",
          e);
    } catch (CertificateNotYetValidException e) {
      throw new CryptoException(
          label
              + " is not valid before "
              + certificate.getNotBefore().toInstant()
              + " (checked at "
              + at.toInstant()
              + ")",
          e);
    }
  }

  private static void checkCa(X509Certificate certificate, String label, int casBelow) {
    int pathLength = certificate.getBasicConstraints();
    if (pathLength < 0) {
      throw new CryptoException(
          label + " is not a CA (basicConstraints CA is not true) but issued another certificate");
    }
    boolean[] keyUsage = certificate.getKeyUsage();
    if (keyUsage != null && (keyUsage.length <= KEY_CERT_SIGN || !keyUsage[KEY_CERT_SIGN])) {
      throw new CryptoException(label + " is a CA whose keyUsage does not allow keyCertSign");
    }
    if (casBelow > pathLength) {
      throw new CryptoException(
          label
              + " allows "
              + pathLength
              + " intermediate CAs below it (pathLenConstraint), but the chain has "
              + casBelow);
    }
  }

  private static void checkSignature(
      X509Certificate certificate, X509Certificate issuer, String label) {
    boolean valid;
    try {
      X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
      ContentVerifierProvider verifier =
          new JcaContentVerifierProviderBuilder()
              .setProvider(JcaKeys.BC)
              .build(new X509CertificateHolder(issuer.getEncoded()));
      valid = holder.isSignatureValid(verifier);
    } catch (IOException | CertificateException | OperatorCreationException | CertException e) {
      throw new CryptoException(label + ": its signature cannot be checked: " + e.getMessage(), e);
    }
    if (!valid) {
      throw new CryptoException(
          label
              + ": the signature does not verify with the public key of "
              + (issuer == certificate ? "the certificate itself" : describe(issuer)));
    }
  }

  private static void requireCa(IssuedCertificate issuer) {
    if (issuer.certificate().getBasicConstraints() < 0) {
      throw new IllegalArgumentException(
          describe(issuer.certificate()) + " is not a CA and cannot issue certificates");
    }
  }

  private static X500Name parseName(String dn) {
    try {
      return new X500Name(dn);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a distinguished name: '" + dn + "' (expected e.g. CN=node0,O=fisco-bcos,OU=node)",
          e);
    }
  }

  private static String describe(X509Certificate certificate) {
    return "(" + nameOf(certificate.getSubjectX500Principal()) + ")";
  }

  /** The name with its RDNs in certificate order, as it was given to the issuing methods. */
  static String nameOf(X500Principal principal) {
    return X500Name.getInstance(principal.getEncoded()).toString();
  }

  private static Extensions caExtensions() {
    return new Extensions(
        new BasicConstraints(true), new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign), null);
  }

  private static Extensions leafExtensions(LeafUsage usage, CertKeyType type) {
    return new Extensions(new BasicConstraints(false), usage.keyUsage(type), null);
  }

  private static Keys generate(CertKeyType type) {
    if (type == CertKeyType.RSA) {
      java.security.KeyPair pair = JcaKeys.generateRsa();
      return new Keys(
          SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()),
          pair.getPrivate(),
          pair.getPublic());
    }
    return Keys.of(JcaKeys.generateEc(type));
  }

  /** The subject's key in the forms the builder and the result need. */
  private record Keys(SubjectPublicKeyInfo info, PrivateKey privateKey, PublicKey publicKey) {
    static Keys of(KeyPair keyPair) {
      return new Keys(
          JcaKeys.subjectPublicKeyInfo(keyPair),
          JcaKeys.privateKey(keyPair),
          JcaKeys.publicKey(keyPair));
    }
  }

  /** The extensions that differ between CA and leaf certificates. */
  private record Extensions(
      BasicConstraints basicConstraints, KeyUsage keyUsage, byte[] authorityKeyId) {
    Extensions withAuthorityKeyId(byte[] keyId) {
      return new Extensions(basicConstraints, keyUsage, keyId);
    }
  }
}
