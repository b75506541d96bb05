package org.jbcos.tools.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.chain.ChainFixtures.assertBashSyntax;
import static org.jbcos.tools.chain.ChainFixtures.certificate;
import static org.jbcos.tools.chain.ChainFixtures.certificates;
import static org.jbcos.tools.chain.ChainFixtures.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.node.config.GroupConfig;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.jbcos.node.config.NodeLayout;
import org.jbcos.node.config.PeerAddress;
import org.jbcos.node.config.StorageType;
import org.jbcos.node.config.SupportedVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 4-node ECDSA chain built once with the defaults, as {@code -l 127.0.0.1:4}. */
class BuildChainCommandTest {
  private static final int NODES = 4;

  @TempDir static Path base;
  static Path nodes;
  static Path launcher;
  static Cli.Result result;

  @BeforeAll
  static void buildChain() throws Exception {
    nodes = base.resolve("out/nodes");
    launcher = base.resolve("my jbcos's home/jbcos");
    result =
        Cli.run(
            "build-chain",
            "-l",
            "127.0.0.1:4",
            "-o",
            nodes.toString(),
            "--launcher",
            launcher.toString());
  }

  private static Path node(int i) {
    return nodes.resolve("127.0.0.1/node" + i);
  }

  @Test
  void succeedsAndPrintsHowToStart() {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "ECDSA chain, chain id 1, supported_version 2.9.0, rocksdb storage, pbft",
            "127.0.0.1/node3",
            "p2p 30303 channel 20203 jsonrpc 8548",
            "Start: bash " + nodes.resolve("127.0.0.1/start_all.sh"),
            "All completed. Files in " + nodes);
  }

  @Test
  void writesFiscosLayout() {
    List<String> expected =
        new ArrayList<>(
            List.of(
                "cert/ca.crt",
                "cert/ca.key",
                "cert/agency/agency.crt",
                "cert/agency/agency.key",
                "cert/agency/ca.crt",
                "cert/agency/channel/ca.crt",
                "cert/agency/channel/ca.key",
                "127.0.0.1/start_all.sh",
                "127.0.0.1/stop_all.sh",
                "127.0.0.1/sdk/ca.crt",
                "127.0.0.1/sdk/sdk.crt",
                "127.0.0.1/sdk/sdk.key"));
    for (int i = 0; i < NODES; i++) {
      for (String file :
          List.of(
              "config.ini",
              "start.sh",
              "stop.sh",
              "conf/ca.crt",
              "conf/node.crt",
              "conf/node.key",
              "conf/node.nodeid",
              "conf/group.1.genesis",
              "conf/group.1.ini",
              "conf/channel_cert/ca.crt",
              "conf/channel_cert/node.crt",
              "conf/channel_cert/node.key")) {
        expected.add("127.0.0.1/node" + i + "/" + file);
      }
    }

    assertThat(files(nodes)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(nodes.resolve("gmcert")).doesNotExist();
  }

  @Test
  void leavesNoStagingDirectoryBehind() throws Exception {
    try (Stream<Path> list = Files.list(nodes.getParent())) {
      assertThat(list).containsExactly(nodes);
    }
  }

  @Test
  void nodeCertificatesChainToTheChainCa() {
    X509Certificate ca = certificate(nodes.resolve("cert/ca.crt"));
    X509Certificate agency = certificate(nodes.resolve("cert/agency/agency.crt"));
    CertificateAuthority.verifyChain(List.of(agency), ca);
    for (int i = 0; i < NODES; i++) {
      List<X509Certificate> chain = certificates(node(i).resolve("conf/node.crt"));

      assertThat(certificate(node(i).resolve("conf/ca.crt"))).isEqualTo(ca);
      assertThat(chain).hasSize(2).element(1).isEqualTo(agency);
      CertificateAuthority.verifyChain(chain, ca);
      assertThat(chain.get(0).getSubjectX500Principal().getName())
          .isEqualTo("OU=node,O=fisco-bcos,CN=node" + i);
      IssuedCertificate issued =
          IssuedCertificate.fromPem(
              read(node(i).resolve("conf/node.crt")), read(node(i).resolve("conf/node.key")));
      assertThat(issued.keyType()).isEqualTo(CertKeyType.SECP256K1);
    }
  }

  @Test
  void channelCertificatesAreRsaFromOneChannelCaSoTheIssuerCheckPasses() {
    X509Certificate channelCa = certificate(nodes.resolve("cert/agency/channel/ca.crt"));
    X509Certificate sdk = certificate(nodes.resolve("127.0.0.1/sdk/sdk.crt"));

    assertThat(certificate(nodes.resolve("127.0.0.1/sdk/ca.crt"))).isEqualTo(channelCa);
    CertificateAuthority.verifyChain(List.of(sdk), channelCa);
    assertThat(
            IssuedCertificate.fromPem(
                    read(nodes.resolve("127.0.0.1/sdk/sdk.crt")),
                    read(nodes.resolve("127.0.0.1/sdk/sdk.key")))
                .keyType())
        .isEqualTo(CertKeyType.RSA);
    for (int i = 0; i < NODES; i++) {
      Path dir = node(i).resolve("conf/channel_cert");
      X509Certificate channel = certificate(dir.resolve("node.crt"));
      assertThat(certificate(dir.resolve("ca.crt"))).isEqualTo(channelCa);
      CertificateAuthority.verifyChain(List.of(channel), channelCa);
      assertThat(channel.getIssuerX500Principal()).isEqualTo(sdk.getIssuerX500Principal());
      assertThat(
              IssuedCertificate.fromPem(
                      read(dir.resolve("node.crt")), read(dir.resolve("node.key")))
                  .keyType())
          .isEqualTo(CertKeyType.RSA);
    }
  }

  @Test
  void nodeIdsArePublicKeysAndTheGenesisListsEveryNode() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      String id = read(node(i).resolve("conf/node.nodeid"));
      assertThat(id).matches("[0-9a-f]{128}\n");
      id = id.trim();
      assertThat(KeyPem.nodeId(KeyPem.readKeyPair(read(node(i).resolve("conf/node.key")))))
          .isEqualTo(id);
      assertThat(
              Hex.encode(
                  KeyPem.readPublicKeyFromCertificate(read(node(i).resolve("conf/node.crt")))))
          .isEqualTo(id);
      ids.add(id);
    }
    assertThat(ids).doesNotHaveDuplicates();

    String genesis = read(node(0).resolve("conf/group.1.genesis"));
    for (int i = 0; i < NODES; i++) {
      assertThat(read(node(i).resolve("conf/group.1.genesis"))).isEqualTo(genesis);
      assertThat(genesis).contains("    node." + i + "=" + ids.get(i) + "\n");
      GroupConfig group = NodeConfigLoader.load(node(i).resolve("config.ini")).groups().get(1);
      assertThat(group.genesis().consensus().sealers()).containsExactlyElementsOf(ids);
      assertThat(group.genesis().consensus().epochSealerNum()).isEqualTo(NODES);
    }
  }

  @Test
  void everyNodeConfigLoadsWithFiscosDefaultsAndItsOwnPorts() {
    for (int i = 0; i < NODES; i++) {
      LoadedConfig loaded = NodeConfigLoader.load(node(i).resolve("config.ini"));

      assertThat(loaded.warnings()).isEmpty();
      assertThat(loaded.node().p2p().listenPort()).isEqualTo(30300 + i);
      assertThat(loaded.node().rpc().channelListenPort()).isEqualTo(20200 + i);
      assertThat(loaded.node().rpc().jsonrpcListenPort()).isEqualTo(8545 + i);
      assertThat(loaded.node().rpc().channelListenIp()).isEqualTo("0.0.0.0");
      assertThat(loaded.node().rpc().jsonrpcListenIp()).isEqualTo("127.0.0.1");
      assertThat(loaded.node().p2p().peers())
          .containsExactly(
              new PeerAddress("127.0.0.1", 30300),
              new PeerAddress("127.0.0.1", 30301),
              new PeerAddress("127.0.0.1", 30302),
              new PeerAddress("127.0.0.1", 30303));
      assertThat(loaded.node().chain().smCrypto()).isFalse();
      assertThat(loaded.node().chain().rsaCryptoChannel()).isTrue();
      assertThat(loaded.node().chain().id()).isEqualTo(1);
      assertThat(loaded.node().supportedVersion()).isEqualTo(SupportedVersion.V2_9_0);
      assertThat(loaded.node().networkSecurity().key()).isEqualTo("node.key");
      assertThat(loaded.groups()).containsOnlyKeys(1);
      GroupConfig group = loaded.groups().get(1);
      assertThat(group.ini().storage().type()).isEqualTo(StorageType.ROCKSDB);
      assertThat(group.ini().txPool().limit()).isEqualTo(150000);
      assertThat(group.genesis().txGasLimit()).isEqualTo(300_000_000L);
    }
  }

  @Test
  void scriptsParseAndRunTheLauncherThatBuiltTheChain() throws Exception {
    for (Path script :
        List.of(
            nodes.resolve("127.0.0.1/start_all.sh"),
            nodes.resolve("127.0.0.1/stop_all.sh"),
            node(0).resolve("start.sh"),
            node(0).resolve("stop.sh"))) {
      assertBashSyntax(script);
      assertThat(Files.isExecutable(script)).as(script.toString()).isTrue();
    }
    assertThat(read(node(2).resolve("start.sh")))
        .contains(
            "JBCOS=" + NodeScripts.quote(launcher.toString()) + "\n",
            "nohup \"${JBCOS}\" node -c config.ini",
            NodeLayout.STARTED_LINE);
  }

  @Test
  void privateKeysAreReadableByTheOwnerOnly() throws Exception {
    for (Path key :
        List.of(
            nodes.resolve("cert/ca.key"),
            nodes.resolve("cert/agency/agency.key"),
            node(1).resolve("conf/node.key"),
            node(1).resolve("conf/channel_cert/node.key"),
            nodes.resolve("127.0.0.1/sdk/sdk.key"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
          .as(key.toString())
          .isEqualTo("rw-------");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nodes)))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void refusesToOverwriteAnExistingDirectory() throws Exception {
    String before = read(node(0).resolve("conf/node.nodeid"));

    Cli.Result again =
        Cli.run(
            "build-chain",
            "-l",
            "127.0.0.1:1",
            "-o",
            nodes.toString(),
            "--launcher",
            launcher.toString());

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .isEqualTo(
            "error: "
                + nodes
                + " already exists: remove it, or choose another directory with -o"
                + System.lineSeparator());
    assertThat(read(node(0).resolve("conf/node.nodeid"))).isEqualTo(before);
  }

  private static List<String> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
