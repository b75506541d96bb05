package org.jbcos.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.OpenSslCli;
import org.jbcos.crypto.Secp256k1;
import org.jbcos.crypto.Sm2;
import org.jbcos.crypto.pem.KeyPem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateAuthorityTest {
  static final String CA_DN = "CN=chain,O=fisco-bcos,OU=chain";
  static final String AGENCY_DN = "CN=agency,O=fisco-bcos,OU=agency";
  static final String NODE_DN = "CN=node0,O=fisco-bcos,OU=node";
  static final Duration VALIDITY = Duration.ofDays(3650);

  /** FISCO's three levels; built once per key type, as RSA key generation is slow. */
  record Chain(IssuedCertificate ca, IssuedCertificate agency, IssuedCertificate node) {
    List<X509Certificate> nodeAndAgency() {
      return List.of(node.certificate(), agency.certificate());
    }
  }

  private static final Map<CertKeyType, Chain> CHAINS = new EnumMap<>(CertKeyType.class);

  static synchronized Chain chain(CertKeyType type) {
    return CHAINS.computeIfAbsent(
        type,
        t -> {
          IssuedCertificate ca = CertificateAuthority.selfSignedRoot(t, CA_DN, VALIDITY);
          IssuedCertificate agency =
              CertificateAuthority.issueIntermediate(ca, AGENCY_DN, VALIDITY);
          IssuedCertificate node =
              CertificateAuthority.issueLeaf(agency, NODE_DN, VALIDITY, LeafUsage.TLS);
          return new Chain(ca, agency, node);
        });
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void chainCaAgencyNodeVerifies(CertKeyType type) {
    Chain chain = chain(type);

    CertificateAuthority.verifyChain(chain.nodeAndAgency(), chain.ca().certificate());
    CertificateAuthority.verifyChain(
        List.of(chain.node().certificate(), chain.agency().certificate(), chain.ca().certificate()),
        chain.ca().certificate());
    CertificateAuthority.verifyChain(
        List.of(chain.agency().certificate()), chain.ca().certificate());
    CertificateAuthority.verifyChain(List.of(chain.ca().certificate()), chain.ca().certificate());
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void keyTypesAndSignatureAlgorithms(CertKeyType type) {
    Chain chain = chain(type);
    String oid =
        switch (type) {
          case SECP256K1 -> "1.2.840.10045.4.3.2";
          case SM2 -> "1.2.156.10197.1.501";
          case RSA -> "1.2.840.113549.1.1.11";
        };

    for (IssuedCertificate issued : List.of(chain.ca(), chain.agency(), chain.node())) {
      assertThat(issued.keyType()).isEqualTo(type);
      assertThat(issued.certificate().getSigAlgOID()).isEqualTo(oid);
      assertThat(issued.certificate().getVersion()).isEqualTo(3);
      assertThat(issued.certificate().getPublicKey().getEncoded())
          .isEqualTo(issued.publicKey().getEncoded());
    }
    if (type == CertKeyType.RSA) {
      assertThat(((java.security.interfaces.RSAPublicKey) chain.node().publicKey()).getModulus())
          .satisfies(n -> assertThat(n.bitLength()).isEqualTo(2048));
    } else {
      assertThat(KeyPem.curveOf(chain.node().publicKey())).isEqualTo(type.curve());
    }
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void subjectsAndIssuers(CertKeyType type) {
    Chain chain = chain(type);

    assertThat(name(chain.ca().certificate().getSubjectX500Principal().getEncoded()))
        .isEqualTo(new X500Name(CA_DN));
    assertThat(chain.ca().certificate().getIssuerX500Principal())
        .isEqualTo(chain.ca().certificate().getSubjectX500Principal());
    assertThat(chain.agency().certificate().getIssuerX500Principal())
        .isEqualTo(chain.ca().certificate().getSubjectX500Principal());
    assertThat(chain.node().certificate().getIssuerX500Principal())
        .isEqualTo(chain.agency().certificate().getSubjectX500Principal());
    assertThat(name(chain.node().certificate().getSubjectX500Principal().getEncoded()))
        .isEqualTo(new X500Name(NODE_DN));
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void caExtensions(CertKeyType type) throws Exception {
    for (IssuedCertificate ca : List.of(chain(type).ca(), chain(type).agency())) {
      X509Certificate certificate = ca.certificate();

      assertThat(certificate.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
      assertThat(certificate.getCriticalExtensionOIDs())
          .contains(Extension.basicConstraints.getId(), Extension.keyUsage.getId());
      assertThat(certificate.getKeyUsage())
          .startsWith(false, false, false, false, false, true, true, false);
    }
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void tlsLeafExtensions(CertKeyType type) {
    X509Certificate node = chain(type).node().certificate();
    boolean ec = type != CertKeyType.RSA;

    assertThat(node.getBasicConstraints()).isEqualTo(-1);
    assertThat(node.getCriticalExtensionOIDs())
        .contains(Extension.basicConstraints.getId(), Extension.keyUsage.getId());
    // digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, certSign
    assertThat(node.getKeyUsage()).startsWith(true, true, true, false, ec, false, false);
  }

  @Test
  void smSigningAndEncryptionLeaves() {
    IssuedCertificate agency = chain(CertKeyType.SM2).agency();

    IssuedCertificate sign =
        CertificateAuthority.issueLeaf(agency, "CN=gmnode", VALIDITY, LeafUsage.SM_SIGN);
    IssuedCertificate encrypt =
        CertificateAuthority.issueLeaf(agency, "CN=gmennode", VALIDITY, LeafUsage.SM_ENCRYPT);

    assertThat(sign.certificate().getKeyUsage())
        .startsWith(true, true, false, false, false, false, false);
    assertThat(encrypt.certificate().getKeyUsage())
        .startsWith(false, false, true, true, true, false, false);
    assertThat(encrypt.certificate().getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
    CertificateAuthority.verifyChain(
        List.of(encrypt.certificate(), agency.certificate()),
        chain(CertKeyType.SM2).ca().certificate());
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void keyIdentifiersLinkEachCertificateToItsIssuer(CertKeyType type) throws Exception {
    Chain chain = chain(type);
    byte[] caKeyId = subjectKeyId(chain.ca().certificate());
    byte[] agencyKeyId = subjectKeyId(chain.agency().certificate());
    byte[] nodeKeyId = subjectKeyId(chain.node().certificate());

    assertThat(caKeyId).hasSize(20);
    assertThat(
            List.of(
                org.jbcos.crypto.Hex.encode(caKeyId),
                org.jbcos.crypto.Hex.encode(agencyKeyId),
                org.jbcos.crypto.Hex.encode(nodeKeyId)))
        .doesNotHaveDuplicates();
    assertThat(authorityKeyId(chain.ca().certificate())).isEqualTo(caKeyId);
    assertThat(authorityKeyId(chain.agency().certificate())).isEqualTo(caKeyId);
    assertThat(authorityKeyId(chain.node().certificate())).isEqualTo(agencyKeyId);
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void serialsAreRandomAndWide(CertKeyType type) {
    Chain chain = chain(type);
    List<BigInteger> serials = new ArrayList<>();
    for (IssuedCertificate issued : List.of(chain.ca(), chain.agency(), chain.node())) {
      serials.add(issued.certificate().getSerialNumber());
    }

    assertThat(serials).doesNotHaveDuplicates();
    assertThat(serials).allSatisfy(s -> assertThat(s.bitLength()).isGreaterThanOrEqualTo(64));
    assertThat(serials).allSatisfy(s -> assertThat(s.signum()).isEqualTo(1));
  }

  @Test
  void validityStartsAnHourAgoAndLastsTheRequestedTime() {
    Instant before = Instant.now();
    IssuedCertificate root =
        CertificateAuthority.selfSignedRoot(CertKeyType.SECP256K1, CA_DN, Duration.ofDays(10));

    Instant notBefore = root.certificate().getNotBefore().toInstant();
    Instant notAfter = root.certificate().getNotAfter().toInstant();
    assertThat(notBefore.toEpochMilli())
        .isCloseTo(before.minus(Duration.ofHours(1)).toEpochMilli(), within(5_000L));
    assertThat(notAfter.toEpochMilli())
        .isCloseTo(before.plus(Duration.ofDays(10)).toEpochMilli(), within(5_000L));
  }

  @Test
  void fiscoDefaultValidityOf36500DaysWorks() {
    Duration century = Duration.ofDays(36500);
    IssuedCertificate ca = CertificateAuthority.selfSignedRoot(CertKeyType.SM2, CA_DN, century);
    IssuedCertificate node =
        CertificateAuthority.issueLeaf(ca, NODE_DN, century, LeafUsage.SM_SIGN);

    assertThat(node.certificate().getNotAfter().toInstant().atZone(ZoneOffset.UTC).getYear())
        .isGreaterThan(2100);
    CertificateAuthority.verifyChain(List.of(node.certificate()), ca.certificate());
    CertificateAuthority.verifyChain(
        List.of(node.certificate()), ca.certificate(), Instant.now().plus(Duration.ofDays(36000)));
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void rejectsANodeOfAnotherChainWithTheSameNames(CertKeyType type) {
    Chain other = chain(type);
    IssuedCertificate ca = CertificateAuthority.selfSignedRoot(type, CA_DN, VALIDITY);

    assertThatThrownBy(
            () -> CertificateAuthority.verifyChain(other.nodeAndAgency(), ca.certificate()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("certificate 1 (CN=agency,O=fisco-bcos,OU=agency)")
        .hasMessageContaining("signature does not verify with the public key of (CN=chain");
  }

  @Test
  void rejectsANodeSignedByAnotherAgency() {
    Chain chain = chain(CertKeyType.SECP256K1);
    IssuedCertificate otherCa =
        CertificateAuthority.selfSignedRoot(CertKeyType.SECP256K1, "CN=other", VALIDITY);
    IssuedCertificate otherAgency =
        CertificateAuthority.issueIntermediate(otherCa, AGENCY_DN, VALIDITY);
    IssuedCertificate strayNode =
        CertificateAuthority.issueLeaf(otherAgency, NODE_DN, VALIDITY, LeafUsage.TLS);

    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    List.of(strayNode.certificate(), chain.agency().certificate()),
                    chain.ca().certificate()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("certificate 0 (CN=node0,O=fisco-bcos,OU=node)")
        .hasMessageContaining("signature does not verify");
    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    List.of(otherAgency.certificate()), chain.ca().certificate()))
        .isInstanceOf(CryptoException.class)
        .hasMessage(
            "certificate 0 (CN=agency,O=fisco-bcos,OU=agency) was issued by CN=other, not by the"
                + " root (CN=chain,O=fisco-bcos,OU=chain)");
  }

  @Test
  void rejectsAChainInTheWrongOrder() {
    Chain chain = chain(CertKeyType.SECP256K1);

    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    List.of(chain.agency().certificate(), chain.node().certificate()),
                    chain.ca().certificate()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("certificate 0 (CN=agency")
        .hasMessageContaining("not by the next certificate (CN=node0");
  }

  @Test
  void rejectsAnEmptyChain() {
    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    List.of(), chain(CertKeyType.SECP256K1).ca().certificate()))
        .isInstanceOf(CryptoException.class)
        .hasMessage("the certificate chain is empty");
  }

  @Test
  void rejectsExpiredAndNotYetValidCertificates() {
    Chain chain = chain(CertKeyType.SECP256K1);
    Instant afterExpiry = Instant.now().plus(VALIDITY).plus(Duration.ofDays(1));
    Instant beforeStart = Instant.now().minus(Duration.ofHours(2));

    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    chain.nodeAndAgency(), chain.ca().certificate(), afterExpiry))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("the root (CN=chain,O=fisco-bcos,OU=chain) expired on");
    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    chain.nodeAndAgency(), chain.ca().certificate(), beforeStart))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("is not valid before");
  }

  @Test
  void rejectsALeafThatExpiresBeforeItsIssuers() {
    Chain chain = chain(CertKeyType.SECP256K1);
    IssuedCertificate shortLived =
        CertificateAuthority.issueLeaf(chain.agency(), NODE_DN, Duration.ofDays(1), LeafUsage.TLS);

    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    List.of(shortLived.certificate(), chain.agency().certificate()),
                    chain.ca().certificate(),
                    Instant.now().plus(Duration.ofDays(2))))
        .isInstanceOf(CryptoException.class)
        .hasMessageStartingWith("certificate 0 (CN=node0,O=fisco-bcos,OU=node) expired on");
  }

  @Test
  void rejectsCertificatesIssuedByALeaf() throws Exception {
    Chain chain = chain(CertKeyType.SECP256K1);
    X509Certificate byLeaf =
        handMade(
            chain.node(),
            "CN=rogue",
            chain.node().publicKey(),
            new BasicConstraints(false),
            new KeyUsage(KeyUsage.digitalSignature));

    assertThatThrownBy(
            () ->
                CertificateAuthority.verifyChain(
                    List.of(byLeaf, chain.node().certificate(), chain.agency().certificate()),
                    chain.ca().certificate()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("certificate 1 (CN=node0,O=fisco-bcos,OU=node) is not a CA");
  }

  @Test
  void rejectsACaWithoutKeyCertSign() throws Exception {
    Chain chain = chain(CertKeyType.SECP256K1);
    IssuedCertificate fresh =
        CertificateAuthority.issueLeaf(chain.agency(), "CN=x", VALIDITY, LeafUsage.TLS);
    X509Certificate weakCa =
        handMade(
            chain.ca(),
            "CN=weak",
            fresh.publicKey(),
            new BasicConstraints(true),
            new KeyUsage(KeyUsage.digitalSignature));
    X509Certificate leaf =
        handMade(
            new IssuedCertificate(weakCa, fresh.privateKey(), fresh.publicKey()),
            "CN=leaf",
            chain.node().publicKey(),
            new BasicConstraints(false),
            new KeyUsage(KeyUsage.digitalSignature));

    assertThatThrownBy(
            () -> CertificateAuthority.verifyChain(List.of(leaf, weakCa), chain.ca().certificate()))
        .isInstanceOf(CryptoException.class)
        .hasMessage("certificate 1 (CN=weak) is a CA whose keyUsage does not allow keyCertSign");
  }

  @Test
  void enforcesThePathLengthOfTheRoot() throws Exception {
    Chain chain = chain(CertKeyType.SECP256K1);
    // the same root key and name, but allowing no intermediate CA
    X509Certificate strictRoot =
        handMade(
            chain.ca(),
            CA_DN,
            chain.ca().publicKey(),
            new BasicConstraints(0),
            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));

    CertificateAuthority.verifyChain(List.of(chain.agency().certificate()), strictRoot);
    assertThatThrownBy(() -> CertificateAuthority.verifyChain(chain.nodeAndAgency(), strictRoot))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining(
            "the root (CN=chain,O=fisco-bcos,OU=chain) allows 0 intermediate CAs");
  }

  @Test
  void rejectsARootWithABrokenSelfSignature() throws Exception {
    Chain chain = chain(CertKeyType.SECP256K1);
    byte[] der = chain.ca().certificate().getEncoded();
    der[der.length - 1] ^= 1;
    X509Certificate broken =
        new JcaX509CertificateConverter()
            .setProvider(JcaKeys.BC)
            .getCertificate(new X509CertificateHolder(der));

    assertThatThrownBy(() -> CertificateAuthority.verifyChain(chain.nodeAndAgency(), broken))
        .isInstanceOf(CryptoException.class)
        .hasMessage(
            "the root (CN=chain,O=fisco-bcos,OU=chain): the signature does not verify with the"
                + " public key of the certificate itself");
  }

  // the JDK's CertificateFactory cannot parse SM2 keys ("Unknown named curve")
  @ParameterizedTest
  @EnumSource(
      value = CertKeyType.class,
      names = {"SECP256K1", "RSA"})
  void verifiesCertificatesParsedByTheJdk(CertKeyType type) throws Exception {
    Chain chain = chain(type);
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> parsed = new ArrayList<>();
    for (IssuedCertificate issued : List.of(chain.node(), chain.agency(), chain.ca())) {
      parsed.add(
          (X509Certificate)
              factory.generateCertificate(
                  new ByteArrayInputStream(issued.certificate().getEncoded())));
    }

    CertificateAuthority.verifyChain(parsed, parsed.get(2));
  }

  @ParameterizedTest
  @EnumSource(
      value = CertKeyType.class,
      names = {"SECP256K1", "SM2"})
  void nodeIdOfTheCertificateIsThePublicKeyOfTheKeyPair(CertKeyType type) {
    IssuedCertificate node = chain(type).node();
    KeyPair keyPair = node.keyPair();

    assertThat(keyPair.curve()).isEqualTo(type.curve());
    assertThat(KeyPem.readPublicKeyFromCertificate(node.certificatePem()))
        .isEqualTo(keyPair.publicKey());
    assertThat(KeyPem.readKeyPair(node.privateKeyPem())).isEqualTo(keyPair);
    assertThat(node.nodeId()).isEqualTo(keyPair.publicKeyHex()).hasSize(128);
  }

  @Test
  void certifiesAnExistingNodeKey() {
    IssuedCertificate agency = chain(CertKeyType.SECP256K1).agency();
    KeyPair nodeKey = Secp256k1.best().generateKeyPair(new java.security.SecureRandom());

    IssuedCertificate node =
        CertificateAuthority.issueLeaf(agency, NODE_DN, nodeKey, VALIDITY, LeafUsage.TLS);

    assertThat(node.keyPair()).isEqualTo(nodeKey);
    assertThat(KeyPem.readPublicKeyFromCertificate(node.certificatePem()))
        .isEqualTo(nodeKey.publicKey());
    CertificateAuthority.verifyChain(
        List.of(node.certificate(), agency.certificate()),
        chain(CertKeyType.SECP256K1).ca().certificate());
  }

  @Test
  void certifiesAnExistingSm2KeyUnderAnSmChain() {
    Chain chain = chain(CertKeyType.SM2);
    KeyPair nodeKey = Sm2.INSTANCE.generateKeyPair(new java.security.SecureRandom());

    IssuedCertificate node =
        CertificateAuthority.issueLeaf(
            chain.agency(), NODE_DN, nodeKey, VALIDITY, LeafUsage.SM_SIGN);

    assertThat(node.nodeId()).isEqualTo(nodeKey.publicKeyHex());
    assertThat(node.keyType()).isEqualTo(CertKeyType.SM2);
    CertificateAuthority.verifyChain(
        List.of(node.certificate(), chain.agency().certificate()), chain.ca().certificate());
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void certificatesRoundTripThroughPem(CertKeyType type) {
    Chain chain = chain(type);
    List<X509Certificate> nodeCrt =
        List.of(chain.node().certificate(), chain.agency().certificate(), chain.ca().certificate());

    String pem = CertificateAuthority.writeCertificates(nodeCrt);

    assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n");
    assertThat(CertificateAuthority.readCertificates(pem)).isEqualTo(nodeCrt);
    assertThat(CertificateAuthority.readCertificates(chain.node().certificatePem()))
        .containsExactly(chain.node().certificate());
    CertificateAuthority.verifyChain(
        CertificateAuthority.readCertificates(pem), chain.ca().certificate());
  }

  @Test
  void readCertificatesSkipsOtherBlocksButNeedsOne() {
    IssuedCertificate node = chain(CertKeyType.SECP256K1).node();

    assertThat(CertificateAuthority.readCertificates(node.privateKeyPem() + node.certificatePem()))
        .containsExactly(node.certificate());
    assertThatThrownBy(() -> CertificateAuthority.readCertificates(node.privateKeyPem()))
        .isInstanceOf(CryptoException.class)
        .hasMessage("the PEM holds no 'CERTIFICATE' block");
    assertThatThrownBy(
            () ->
                CertificateAuthority.readCertificates(
                    org.jbcos.crypto.pem.Pem.write("CERTIFICATE", new byte[] {48, 0})))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("certificate 0 of the PEM is not a valid X.509 certificate");
    assertThatThrownBy(() -> CertificateAuthority.readCertificates("no pem here"))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("not PEM");
  }

  @Test
  void refusesToIssueFromALeafOrWithBadArguments() {
    Chain chain = chain(CertKeyType.SECP256K1);

    assertThatThrownBy(
            () -> CertificateAuthority.issueLeaf(chain.node(), "CN=x", VALIDITY, LeafUsage.TLS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("(CN=node0,O=fisco-bcos,OU=node) is not a CA and cannot issue certificates");
    assertThatThrownBy(() -> CertificateAuthority.issueIntermediate(chain.node(), "CN=x", VALIDITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CertificateAuthority.issueLeaf(
                    chain.agency(), "CN=x", Duration.ZERO, LeafUsage.TLS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validity must be positive");
    assertThatThrownBy(
            () -> CertificateAuthority.selfSignedRoot(CertKeyType.SM2, "not a dn", VALIDITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a distinguished name: 'not a dn'");
  }

  /** {@code openssl req -x509 -sm3 -sigopt distid:1234567812345678} with an SM2 key. */
  private static final String OPENSSL_SM2_CERT_DEFAULT_ID =
      """
      -----BEGIN CERTIFICATE-----
      MIIBczCCARmgAwIBAgIUZB5pbdBYXNk97wuQ83MGTWlrIeAwCgYIKoEcz1UBg3Uw
      DzENMAsGA1UEAwwEZ21pZDAeFw0yNjExMjQxMDAzNDlaFw0zNjExMjExMDAzNDla
      MA8xDTALBgNVBAMMBGdtaWQwWTATBgcqhkjOPQIBBggqgRzPVQGCLQNCAARl20bG
      1AY692YXqf8oWXId2Ayj1iLNyejdqlf6old6BJOq1Yv1R0rneWmvPp5Oh0eG8kW5
      WFGJ+a77p6ZmKjy4o1MwUTAdBgNVHQ4EFgQUIRSeG7rXgGhTDmPzLwVk24b/gFUw
      HwYDVR0jBBgwFoAUIRSeG7rXgGhTDmPzLwVk24b/gFUwDwYDVR0TAQH/BAUwAwEB
      /zAKBggqgRzPVQGDdQNIADBFAiEA9Ae4qt0EvxfMz9pXMmzHP5rCINgxTzOUe3U0
      cYEZ8IgCIFce45mudjTGqyUMRBl9XI7RhcyagKJZiiSBusUd2V/P
      -----END CERTIFICATE-----
      """;

  /** The same key self-signed by {@code openssl req -x509 -sm3} without an id: OpenSSL uses "". */
  private static final String OPENSSL_SM2_CERT_EMPTY_ID =
      """
      -----BEGIN CERTIFICATE-----
      MIIBwjCCAWmgAwIBAgIURl7reuWdLZfgZSX5zqdSvCedUAgwCgYIKoEcz1UBg3Uw
      NjEQMA4GA1UEAwwHZ21ub2RlMDETMBEGA1UECgwKZmlzY28tYmNvczENMAsGA1UE
      CwwEbm9kZTAgFw0yNjExMjQwOTU3MjBaGA8yMTI2MTAzMTA5NTcyMFowNjEQMA4G
      A1UEAwwHZ21ub2RlMDETMBEGA1UECgwKZmlzY28tYmNvczENMAsGA1UECwwEbm9k
      ZTBZMBMGByqGSM49AgEGCCqBHM9VAYItA0IABGXbRsbUBjr3Zhep/yhZch3YDKPW
      Is3J6N2qV/qiV3oEk6rVi/VHSud5aa8+nk6HR4byRblYUYn5rvunpmYqPLijUzBR
      MB0GA1UdDgQWBBQhFJ4buteAaFMOY/MvBWTbhv+AVTAfBgNVHSMEGDAWgBQhFJ4b
      uteAaFMOY/MvBWTbhv+AVTAPBgNVHRMBAf8EBTADAQH/MAoGCCqBHM9VAYN1A0cA
      MEQCIEEo3nFGIUx5j8IyaCOuJ1e1dECsJU4nrn6V9Jsz7/s2AiBEcrxsaq6KiqXf
      kr33LN2pUFb0yIHW9Uf4SF63ysdktA==
      -----END CERTIFICATE-----
      """;

  @Test
  void verifiesAnSm2CertificateSignedByOpenSslWithTheDefaultId() {
    X509Certificate openSsl =
        CertificateAuthority.readCertificates(OPENSSL_SM2_CERT_DEFAULT_ID).get(0);
    Instant issued = openSsl.getNotBefore().toInstant().plus(1, ChronoUnit.DAYS);

    CertificateAuthority.verifyChain(List.of(openSsl), openSsl, issued);
    assertThat(CertKeyType.of(openSsl.getPublicKey())).isEqualTo(CertKeyType.SM2);
  }

  @Test
  void rejectsSm2CertificatesSignedWithAnEmptyId() {
    X509Certificate openSsl =
        CertificateAuthority.readCertificates(OPENSSL_SM2_CERT_EMPTY_ID).get(0);
    Instant issued = openSsl.getNotBefore().toInstant().plus(1, ChronoUnit.DAYS);

    assertThatThrownBy(() -> CertificateAuthority.verifyChain(List.of(openSsl), openSsl, issued))
        .isInstanceOf(CryptoException.class)
        .hasMessage(
            "the root (CN=gmnode0,O=fisco-bcos,OU=node): the signature does not verify with the"
                + " public key of the certificate itself");
  }

  @Test
  void openSslVerifiesASecp256k1Chain(@TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    writeChain(dir, chain(CertKeyType.SECP256K1));

    assertThat(verifyWithOpenSsl(dir)).isEqualTo("node.crt: OK\n");
    assertThat(OpenSslCli.run(dir, "x509", "-in", "node.crt", "-noout", "-text"))
        .contains("ecdsa-with-SHA256", "secp256k1", "CA:FALSE")
        .contains("Digital Signature, Non Repudiation, Key Encipherment, Key Agreement");
    // the key file matches the certificate for OpenSSL too
    assertThat(OpenSslCli.run(dir, "pkey", "-in", "node.key", "-pubout"))
        .isEqualTo(OpenSslCli.run(dir, "x509", "-in", "node.crt", "-noout", "-pubkey"));
  }

  @Test
  void openSslVerifiesAnRsaChain(@TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    writeChain(dir, chain(CertKeyType.RSA));

    assertThat(verifyWithOpenSsl(dir)).isEqualTo("node.crt: OK\n");
    assertThat(OpenSslCli.run(dir, "pkey", "-in", "node.key", "-pubout"))
        .isEqualTo(OpenSslCli.run(dir, "x509", "-in", "node.crt", "-noout", "-pubkey"));
  }

  /**
   * FISCO, TaSSL and BouncyCastle sign SM2 certificates with the GM/T 0009 default id
   * 1234567812345678; {@code openssl verify} (3.0) uses an empty id and offers no option to change
   * it, so the signature is checked with {@code pkeyutl}, which does.
   */
  @Test
  void openSslVerifiesSm2CertificateSignaturesWithTheDefaultId(@TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    Chain chain = chain(CertKeyType.SM2);
    X509Certificate node = chain.node().certificate();
    Files.write(dir.resolve("tbs.der"), node.getTBSCertificate());
    Files.write(dir.resolve("sig.der"), node.getSignature());
    Files.writeString(
        dir.resolve("agency.pub"),
        org.jbcos.crypto.pem.Pem.write("PUBLIC KEY", chain.agency().publicKey().getEncoded()));
    Files.writeString(dir.resolve("node.crt"), chain.node().certificatePem());

    assertThat(
            OpenSslCli.run(
                dir,
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                "agency.pub",
                "-rawin",
                "-digest",
                "sm3",
                "-pkeyopt",
                "distid:1234567812345678",
                "-in",
                "tbs.der",
                "-sigfile",
                "sig.der"))
        .contains("Signature Verified Successfully");
    assertThat(OpenSslCli.run(dir, "x509", "-in", "node.crt", "-noout", "-text"))
        .contains("SM2-with-SM3", "SM2", "CA:FALSE");
  }

  @Test
  void openSslRejectsANodeOfAnotherChain(@TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    writeChain(dir, chain(CertKeyType.SECP256K1));
    IssuedCertificate otherCa =
        CertificateAuthority.selfSignedRoot(CertKeyType.SECP256K1, CA_DN, VALIDITY);
    Files.writeString(dir.resolve("ca.crt"), otherCa.certificatePem());

    OpenSslCli.Result result =
        OpenSslCli.exec(
            dir, List.of("verify", "-CAfile", "ca.crt", "-untrusted", "agency.crt", "node.crt"));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("node.crt: verification failed");
  }

  private static void writeChain(Path dir, Chain chain) throws Exception {
    Files.writeString(dir.resolve("ca.crt"), chain.ca().certificatePem());
    Files.writeString(dir.resolve("agency.crt"), chain.agency().certificatePem());
    Files.writeString(dir.resolve("node.crt"), chain.node().certificatePem());
    Files.writeString(dir.resolve("node.key"), chain.node().privateKeyPem());
  }

  private static String verifyWithOpenSsl(Path dir) {
    return OpenSslCli.run(
        dir, "verify", "-x509_strict", "-CAfile", "ca.crt", "-untrusted", "agency.crt", "node.crt");
  }

  /** A certificate built by hand, to test checks that the CA's own output never fails. */
  static X509Certificate handMade(
      IssuedCertificate issuer,
      String subjectDn,
      PublicKey subjectKey,
      BasicConstraints basicConstraints,
      KeyUsage keyUsage)
      throws Exception {
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name(issuer.certificate().getSubjectX500Principal().getEncoded()),
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(VALIDITY)),
            new X500Name(subjectDn),
            subjectKey);
    builder.addExtension(Extension.basicConstraints, true, basicConstraints);
    builder.addExtension(Extension.keyUsage, true, keyUsage);
    PrivateKey key = issuer.privateKey();
    return new JcaX509CertificateConverter()
        .setProvider(JcaKeys.BC)
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder(issuer.keyType().signatureAlgorithm())
                    .setProvider(JcaKeys.BC)
                    .build(key)));
  }

  private static X500Name name(byte[] encoded) {
    return X500Name.getInstance(encoded);
  }

  private static byte[] subjectKeyId(X509Certificate certificate) throws Exception {
    return SubjectKeyIdentifier.fromExtensions(
            new X509CertificateHolder(certificate.getEncoded()).getExtensions())
        .getKeyIdentifier();
  }

  private static byte[] authorityKeyId(X509Certificate certificate) throws Exception {
    return AuthorityKeyIdentifier.fromExtensions(
            new X509CertificateHolder(certificate.getEncoded()).getExtensions())
        .getKeyIdentifierOctets();
  }
}
