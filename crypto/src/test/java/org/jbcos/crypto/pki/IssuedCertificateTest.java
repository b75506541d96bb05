package org.jbcos.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jbcos.crypto.pki.CertificateAuthorityTest.AGENCY_DN;
import static org.jbcos.crypto.pki.CertificateAuthorityTest.NODE_DN;
import static org.jbcos.crypto.pki.CertificateAuthorityTest.VALIDITY;
import static org.jbcos.crypto.pki.CertificateAuthorityTest.chain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.OpenSslCli;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.crypto.pem.Pem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IssuedCertificateTest {
  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void loadsWhatItWrites(CertKeyType type) {
    IssuedCertificate agency = chain(type).agency();

    IssuedCertificate loaded =
        IssuedCertificate.fromPem(agency.certificatePem(), agency.privateKeyPem());

    assertThat(loaded.certificate()).isEqualTo(agency.certificate());
    assertThat(loaded.publicKey().getEncoded()).isEqualTo(agency.publicKey().getEncoded());
    assertThat(loaded.privateKeyPem()).isEqualTo(agency.privateKeyPem());
    assertThat(loaded.keyType()).isEqualTo(type);
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void aLoadedAgencyIssuesNodesThatVerify(CertKeyType type) {
    CertificateAuthorityTest.Chain chain = chain(type);
    IssuedCertificate agency =
        IssuedCertificate.fromPem(chain.agency().certificatePem(), chain.agency().privateKeyPem());

    IssuedCertificate node =
        CertificateAuthority.issueLeaf(
            agency, "CN=node9,O=fisco-bcos,OU=node", VALIDITY, LeafUsage.TLS);

    CertificateAuthority.verifyChain(
        List.of(node.certificate(), agency.certificate()), chain.ca().certificate());
  }

  @Test
  void loadsTheNodeCertificateFileWithItsWholeChain() {
    CertificateAuthorityTest.Chain chain = chain(CertKeyType.SECP256K1);
    String nodeCrt =
        CertificateAuthority.writeCertificates(
            List.of(
                chain.node().certificate(),
                chain.agency().certificate(),
                chain.ca().certificate()));

    IssuedCertificate node = IssuedCertificate.fromPem(nodeCrt, chain.node().privateKeyPem());

    assertThat(node.certificate()).isEqualTo(chain.node().certificate());
    assertThat(node.nodeId()).isEqualTo(chain.node().nodeId());
  }

  @Test
  void loadsSec1EcKeys() {
    IssuedCertificate agency = chain(CertKeyType.SM2).agency();

    IssuedCertificate loaded =
        IssuedCertificate.fromPem(agency.certificatePem(), KeyPem.writeSec1(agency.keyPair()));

    assertThat(loaded.keyPair()).isEqualTo(agency.keyPair());
  }

  @Test
  void loadsPkcs1RsaKeys() throws Exception {
    IssuedCertificate agency = chain(CertKeyType.RSA).agency();
    byte[] pkcs1 =
        PrivateKeyInfo.getInstance(agency.privateKey().getEncoded())
            .parsePrivateKey()
            .toASN1Primitive()
            .getEncoded();

    IssuedCertificate loaded =
        IssuedCertificate.fromPem(agency.certificatePem(), Pem.write("RSA PRIVATE KEY", pkcs1));

    assertThat(loaded.privateKey().getEncoded()).isEqualTo(agency.privateKey().getEncoded());
  }

  @ParameterizedTest
  @EnumSource(CertKeyType.class)
  void rejectsAKeyOfAnotherCertificate(CertKeyType type) {
    CertificateAuthorityTest.Chain chain = chain(type);

    assertThatThrownBy(
            () ->
                IssuedCertificate.fromPem(
                    chain.agency().certificatePem(), chain.node().privateKeyPem()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining(
            "private key does not belong to certificate CN=agency,O=fisco-bcos,OU=agency");
  }

  @Test
  void rejectsAKeyOfTheWrongType() {
    assertThatThrownBy(
            () ->
                IssuedCertificate.fromPem(
                    chain(CertKeyType.RSA).agency().certificatePem(),
                    chain(CertKeyType.SECP256K1).agency().privateKeyPem()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("not a valid RSA private key");
    assertThatThrownBy(
            () ->
                IssuedCertificate.fromPem(
                    chain(CertKeyType.SECP256K1).agency().certificatePem(),
                    chain(CertKeyType.RSA).agency().privateKeyPem()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("RSA key");
    assertThatThrownBy(
            () ->
                IssuedCertificate.fromPem(
                    chain(CertKeyType.RSA).agency().certificatePem(),
                    chain(CertKeyType.RSA).agency().certificatePem()))
        .isInstanceOf(CryptoException.class)
        .hasMessage("the PEM holds no 'PRIVATE KEY' or 'RSA PRIVATE KEY' block");
  }

  @Test
  void rsaCertificatesHaveNoNodeKeyPair() throws Exception {
    IssuedCertificate node = chain(CertKeyType.RSA).node();

    assertThatThrownBy(node::keyPair)
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("RSA certificate");
    assertThatThrownBy(node::nodeId).isInstanceOf(CryptoException.class);
    byte[] pkcs8 = Pem.read(node.privateKeyPem()).get(0).der();
    assertThat(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)))
        .isInstanceOfSatisfying(
            RSAPrivateCrtKey.class,
            key -> assertThat(key.getModulus().bitLength()).isEqualTo(2048));
  }

  @Test
  void describesItself() {
    IssuedCertificate node = chain(CertKeyType.SM2).node();

    assertThat(node.toString())
        .startsWith("IssuedCertificate[SM2 CN=node0,O=fisco-bcos,OU=node, serial ")
        .contains(node.certificate().getSerialNumber().toString(16));
  }

  @Test
  void requiresAllParts() {
    IssuedCertificate node = chain(CertKeyType.SECP256K1).node();

    assertThatThrownBy(() -> new IssuedCertificate(null, node.privateKey(), node.publicKey()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("certificate");
    assertThatThrownBy(() -> new IssuedCertificate(node.certificate(), null, node.publicKey()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("privateKey");
  }

  /** The {@code gen_node_cert.sh} flow on top of a CA that OpenSSL made, as build_chain does. */
  @Test
  void issuesUnderAnOpenSslMadeCa(@TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    OpenSslCli.run(
        dir,
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:secp256k1",
        "-out",
        "ca.key");
    OpenSslCli.run(
        dir,
        "req",
        "-new",
        "-x509",
        "-days",
        "3650",
        "-key",
        "ca.key",
        "-subj",
        "/CN=chain/O=fisco-bcos/OU=chain",
        "-out",
        "ca.crt");
    IssuedCertificate ca =
        IssuedCertificate.fromPem(
            Files.readString(dir.resolve("ca.crt")), Files.readString(dir.resolve("ca.key")));

    IssuedCertificate agency = CertificateAuthority.issueIntermediate(ca, AGENCY_DN, VALIDITY);
    IssuedCertificate node =
        CertificateAuthority.issueLeaf(agency, NODE_DN, VALIDITY, LeafUsage.TLS);
    Files.writeString(dir.resolve("agency.crt"), agency.certificatePem());
    Files.writeString(dir.resolve("node.crt"), node.certificatePem());

    // OpenSSL's root has no keyUsage extension, which is allowed but fails -x509_strict
    CertificateAuthority.verifyChain(
        List.of(node.certificate(), agency.certificate()), ca.certificate());
    assertThat(
            OpenSslCli.run(
                dir, "verify", "-CAfile", "ca.crt", "-untrusted", "agency.crt", "node.crt"))
        .isEqualTo("node.crt: OK\n");
  }
}
