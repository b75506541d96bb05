package org.jbcos.tools.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.tools.chain.ChainFixtures.certificate;
import static org.jbcos.tools.chain.ChainFixtures.certificates;
import static org.jbcos.tools.chain.ChainFixtures.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.jbcos.node.config.StorageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -f} with two agencies, two IPs, two groups and explicit ports, MySQL storage and secp256k1
 * channel certificates ({@code -R}).
 */
class IpFileChainTest {
  @TempDir static Path base;
  static Path nodes;
  static Cli.Result result;

  @BeforeAll
  static void buildChain() throws Exception {
    Path file = base.resolve("ipconf");
    Files.writeString(
        file,
        """
        # ip:count agency groups [p2p,channel,jsonrpc]
        127.0.0.1:2 agencyA 1,2

        127.0.0.1:1 agencyB 2 40300,40200,9545
        127.0.0.2:1 agencyB 1
        """);
    nodes = base.resolve("multi");
    result =
        Cli.run(
            "build-chain",
            "-f",
            file.toString(),
            "-o",
            nodes.toString(),
            "-s",
            "mysql",
            "-R",
            "-C",
            "7",
            "-i",
            "-T",
            "-E",
            "--launcher",
            base.resolve("jbcos").toString());
  }

  private static LoadedConfig load(String node) {
    return NodeConfigLoader.load(nodes.resolve(node).resolve("config.ini"));
  }

  @Test
  void succeeds() {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "127.0.0.1/node2        p2p 40300 channel 40200 jsonrpc 9545  agency agencyB, groups 2",
            "127.0.0.2/node0        p2p 30300 channel 20200 jsonrpc 8545  agency agencyB, groups 1",
            "(secp256k1 channel)",
            "MySQL: set db_ip");
  }

  @Test
  void eachNodeHasTheGenesisOfItsGroupsWithTheirMembersAsSealers() {
    String g1 = read(nodes.resolve("127.0.0.1/node0/conf/group.1.genesis"));
    String g2 = read(nodes.resolve("127.0.0.1/node0/conf/group.2.genesis"));
    String a0 = read(nodes.resolve("127.0.0.1/node0/conf/node.nodeid")).trim();
    String a1 = read(nodes.resolve("127.0.0.1/node1/conf/node.nodeid")).trim();
    String b2 = read(nodes.resolve("127.0.0.1/node2/conf/node.nodeid")).trim();
    String c0 = read(nodes.resolve("127.0.0.2/node0/conf/node.nodeid")).trim();

    assertThat(load("127.0.0.1/node0").groups().get(1).genesis().consensus().sealers())
        .containsExactly(a0, a1, c0);
    assertThat(load("127.0.0.1/node2").groups().get(2).genesis().consensus().sealers())
        .containsExactly(a0, a1, b2);
    assertThat(load("127.0.0.1/node2").groups()).containsOnlyKeys(2);
    assertThat(load("127.0.0.2/node0").groups()).containsOnlyKeys(1);
    assertThat(read(nodes.resolve("127.0.0.2/node0/conf/group.1.genesis"))).isEqualTo(g1);
    assertThat(read(nodes.resolve("127.0.0.1/node2/conf/group.2.genesis"))).isEqualTo(g2);
    assertThat(nodes.resolve("127.0.0.1/node2/conf/group.1.genesis")).doesNotExist();
  }

  @Test
  void eachAgencyIssuesItsNodesCertificates() {
    X509Certificate ca = certificate(nodes.resolve("cert/ca.crt"));
    X509Certificate agencyA = certificate(nodes.resolve("cert/agencyA/agency.crt"));
    X509Certificate agencyB = certificate(nodes.resolve("cert/agencyB/agency.crt"));

    assertThat(certificates(nodes.resolve("127.0.0.1/node1/conf/node.crt")).get(1))
        .isEqualTo(agencyA);
    assertThat(certificates(nodes.resolve("127.0.0.1/node2/conf/node.crt")).get(1))
        .isEqualTo(agencyB);
    assertThat(certificates(nodes.resolve("127.0.0.2/node0/conf/node.crt")).get(1))
        .isEqualTo(agencyB);
    // the SDK of an IP comes from the agency of its first node, and chains to the chain CA
    List<X509Certificate> sdk = certificates(nodes.resolve("127.0.0.1/sdk/sdk.crt"));
    assertThat(sdk).hasSize(2).element(1).isEqualTo(agencyA);
    CertificateAuthority.verifyChain(sdk, ca);
    assertThat(certificate(nodes.resolve("127.0.0.1/sdk/ca.crt"))).isEqualTo(ca);
    assertThat(nodes.resolve("cert/agencyA/channel")).doesNotExist();
    assertThat(nodes.resolve("127.0.0.1/node0/conf/channel_cert")).doesNotExist();
  }

  @Test
  void configsCarryTheOptions() {
    for (String node :
        List.of("127.0.0.1/node0", "127.0.0.1/node1", "127.0.0.1/node2", "127.0.0.2/node0")) {
      LoadedConfig loaded = load(node);
      assertThat(loaded.warnings()).isEmpty();
      assertThat(loaded.node().chain().id()).isEqualTo(7);
      assertThat(loaded.node().chain().rsaCryptoChannel()).isFalse();
      assertThat(loaded.node().rpc().jsonrpcListenIp()).isEqualTo("0.0.0.0");
      assertThat(loaded.node().log().level().toString()).isEqualTo("debug");
      assertThat(loaded.node().p2p().peers()).hasSize(4);
      loaded
          .groups()
          .values()
          .forEach(
              group -> {
                assertThat(group.genesis().enableFreeStorage()).isTrue();
                assertThat(group.ini().storage().type()).isEqualTo(StorageType.MYSQL);
                assertThat(group.ini().storage().dbUsername()).isEqualTo("root");
              });
    }
    assertThat(load("127.0.0.1/node0").groups().get(2).ini().storage().dbName())
        .isEqualTo("jbcos_127_0_0_1_node0_g2");
  }
}
