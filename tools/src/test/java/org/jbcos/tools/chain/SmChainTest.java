package org.jbcos.tools.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.chain.ChainFixtures.certificate;
import static org.jbcos.tools.chain.ChainFixtures.certificates;
import static org.jbcos.tools.chain.ChainFixtures.read;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jbcos.crypto.Curve;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2-node SM chain ({@code -g}) with RSA channel certificates. */
class SmChainTest {
  @TempDir static Path base;
  static Path nodes;
  static Cli.Result result;

  @BeforeAll
  static void buildChain() {
    nodes = base.resolve("sm");
    result =
        Cli.run(
            "build-chain",
            "-l",
            "127.0.0.1:2",
            "-g",
            "-o",
            nodes.toString(),
            "--launcher",
            base.resolve("jbcos").toString());
  }

  private static Path conf(int i) {
    return nodes.resolve("127.0.0.1/node" + i + "/conf");
  }

  @Test
  void succeeds() {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("SM chain", "SM ones in sdk/gm/");
  }

  @Test
  void writesTheGmFilesAndKeepsSecp256k1OnesInOriginCert() {
    for (String file :
        List.of(
            "gmcert/gmca.crt",
            "gmcert/gmca.key",
            "gmcert/agency-gm/gmagency.crt",
            "gmcert/agency-gm/gmagency.key",
            "gmcert/agency-gm/gmca.crt",
            "127.0.0.1/sdk/gm/gmca.crt",
            "127.0.0.1/sdk/gm/gmsdk.crt",
            "127.0.0.1/sdk/gm/gmsdk.key",
            "127.0.0.1/sdk/gm/gmensdk.crt",
            "127.0.0.1/sdk/gm/gmensdk.key",
            "127.0.0.1/sdk/ca.crt",
            "127.0.0.1/sdk/sdk.crt",
            "127.0.0.1/sdk/sdk.key",
            "cert/ca.crt",
            "cert/agency/agency.crt")) {
      assertThat(nodes.resolve(file)).isRegularFile();
    }
    for (int i = 0; i < 2; i++) {
      for (String file :
          List.of(
              "gmca.crt",
              "gmnode.crt",
              "gmnode.key",
              "gmnode.nodeid",
              "gmennode.crt",
              "gmennode.key",
              "origin_cert/ca.crt",
              "origin_cert/node.crt",
              "origin_cert/node.key",
              "origin_cert/node.nodeid",
              "channel_cert/ca.crt",
              "channel_cert/node.crt",
              "channel_cert/node.key",
              "group.1.genesis",
              "group.1.ini")) {
        assertThat(conf(i).resolve(file)).isRegularFile();
      }
      assertThat(conf(i).resolve("node.key")).doesNotExist();
    }
  }

  @Test
  void gmCertificatesChainToTheGmCa() {
    X509Certificate gmca = certificate(nodes.resolve("gmcert/gmca.crt"));
    X509Certificate gmAgency = certificate(nodes.resolve("gmcert/agency-gm/gmagency.crt"));
    for (int i = 0; i < 2; i++) {
      List<X509Certificate> sign = certificates(conf(i).resolve("gmnode.crt"));
      assertThat(sign).hasSize(3).containsSubsequence(gmAgency, gmca);
      CertificateAuthority.verifyChain(sign, gmca);
      CertificateAuthority.verifyChain(
          List.of(certificate(conf(i).resolve("gmennode.crt")), gmAgency), gmca);
      assertThat(sign.get(0).getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
      // digitalSignature for signing, keyEncipherment for encryption
      assertThat(sign.get(0).getKeyUsage()[0]).isTrue();
      assertThat(certificate(conf(i).resolve("gmennode.crt")).getKeyUsage()[2]).isTrue();
      assertThat(
              IssuedCertificate.fromPem(
                      read(conf(i).resolve("gmennode.crt")), read(conf(i).resolve("gmennode.key")))
                  .keyType())
          .isEqualTo(CertKeyType.SM2);

      List<X509Certificate> origin = certificates(conf(i).resolve("origin_cert/node.crt"));
      CertificateAuthority.verifyChain(origin, certificate(nodes.resolve("cert/ca.crt")));
    }
    List<X509Certificate> sdk = certificates(nodes.resolve("127.0.0.1/sdk/gm/gmsdk.crt"));
    CertificateAuthority.verifyChain(sdk, gmca);
    CertificateAuthority.verifyChain(
        List.of(certificate(nodes.resolve("127.0.0.1/sdk/gm/gmensdk.crt")), gmAgency), gmca);
  }

  @Test
  void nodeIdsAreSm2KeysListedInTheGenesis() {
    String genesis = read(conf(0).resolve("group.1.genesis"));
    for (int i = 0; i < 2; i++) {
      String id = read(conf(i).resolve("gmnode.nodeid")).trim();
      var keyPair = KeyPem.readKeyPair(read(conf(i).resolve("gmnode.key")));
      assertThat(keyPair.curve()).isEqualTo(Curve.SM2P256V1);
      assertThat(KeyPem.nodeId(keyPair)).isEqualTo(id);
      assertThat(genesis).contains("node." + i + "=" + id);
      assertThat(read(conf(i).resolve("origin_cert/node.nodeid")).trim()).isNotEqualTo(id);
    }
  }

  @Test
  void configsLoadAsSmNodes() {
    for (int i = 0; i < 2; i++) {
      LoadedConfig loaded =
          NodeConfigLoader.load(nodes.resolve("127.0.0.1/node" + i + "/config.ini"));
      assertThat(loaded.warnings()).isEmpty();
      assertThat(loaded.node().chain().smCrypto()).isTrue();
      assertThat(loaded.node().chain().smCryptoChannel()).isFalse();
      assertThat(loaded.node().chain().rsaCryptoChannel()).isTrue();
      assertThat(loaded.node().networkSecurity().key()).isEqualTo("gmnode.key");
      assertThat(loaded.node().networkSecurity().cert()).isEqualTo("gmnode.crt");
      assertThat(loaded.node().networkSecurity().caCert()).isEqualTo("gmca.crt");
      assertThat(loaded.node().networkSecurity().enKey()).isEqualTo("gmennode.key");
    }
  }
}
