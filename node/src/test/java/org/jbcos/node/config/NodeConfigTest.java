package org.jbcos.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeConfigTest {
  private static final String FISCO = FiscoFiles.text("config.ini");

  private static NodeConfig parse(String text) {
    return NodeConfig.parse("config.ini", text).value();
  }

  @Test
  void readsTheFileBuildChainWrites() {
    Parsed<NodeConfig> parsed = NodeConfig.parse("config.ini", FISCO);
    NodeConfig config = parsed.value();

    assertThat(parsed.warnings()).isEmpty();
    assertThat(config.rpc()).isEqualTo(RpcConfig.defaults());
    assertThat(config.p2p().listenIp()).isEqualTo("0.0.0.0");
    assertThat(config.p2p().listenPort()).isEqualTo(30300);
    assertThat(config.p2p().peers())
        .containsExactly(
            new PeerAddress("127.0.0.1", 30300),
            new PeerAddress("127.0.0.1", 30301),
            new PeerAddress("127.0.0.1", 30302),
            new PeerAddress("127.0.0.1", 30303));
    assertThat(config.certificateBlacklist()).isEmpty();
    assertThat(config.certificateWhitelist()).isEmpty();
    assertThat(config.group()).isEqualTo(GroupPaths.defaults());
    assertThat(config.networkSecurity()).isEqualTo(NetworkSecurityConfig.defaults(false));
    assertThat(config.storageSecurity()).isEqualTo(StorageSecurityConfig.disabled());
    assertThat(config.chain()).isEqualTo(new ChainConfig(1, false, false, true));
    assertThat(config.supportedVersion()).isEqualTo(SupportedVersion.V2_9_0);
    assertThat(config.log())
        .isEqualTo(new LogConfig(true, "./log", LogLevel.INFO, 200, true, false, 60));
    assertThat(config.flowControl()).isEqualTo(FlowControlConfig.unlimited());
  }

  @Test
  void readsTheSmFileWithGmCertificates() {
    NodeConfig config = parse(FiscoFiles.text("config-sm.ini"));

    assertThat(config.chain().smCrypto()).isTrue();
    assertThat(config.networkSecurity())
        .isEqualTo(
            new NetworkSecurityConfig(
                "conf/",
                "gmnode.key",
                "gmnode.crt",
                "gmca.crt",
                "",
                "gmennode.key",
                "gmennode.crt",
                true));
  }

  @Test
  void anEmptyFileMeansFiscoCodeDefaults() {
    NodeConfig config = parse("");

    assertThat(config.rpc()).isEqualTo(RpcConfig.defaults());
    assertThat(config.p2p()).isEqualTo(P2pConfig.of(30300, List.of()));
    assertThat(config.chain()).isEqualTo(new ChainConfig(1, false, false, false));
    assertThat(config.supportedVersion()).isEqualTo(SupportedVersion.V2_0_0_RC1);
    assertThat(config.log()).isEqualTo(LogConfig.defaults());
    assertThat(config.networkSecurity()).isEqualTo(NetworkSecurityConfig.defaults(false));
  }

  @Test
  void smDefaultsNameTheGmFiles() {
    NodeConfig config = parse("[chain]\nsm_crypto=true\n");

    assertThat(config.networkSecurity()).isEqualTo(NetworkSecurityConfig.defaults(true));
    assertThat(config.networkSecurity().key()).isEqualTo("gmnode.key");
  }

  @Test
  void thePre230ListenIpIsTheDefaultOfBothRpcListeners() {
    RpcConfig rpc = parse("[rpc]\nlisten_ip=10.0.0.5\n").rpc();

    assertThat(rpc.channelListenIp()).isEqualTo("10.0.0.5");
    assertThat(rpc.jsonrpcListenIp()).isEqualTo("10.0.0.5");
  }

  @Test
  void legacySectionNamesAreRead() {
    NodeConfig config =
        parse("[secure]\ndata_path=certs/\nkey=my.key\n[data_secure]\nenable=false\n");

    assertThat(config.networkSecurity().dataPath()).isEqualTo("certs/");
    assertThat(config.networkSecurity().key()).isEqualTo("my.key");
  }

  @Test
  void emptyValuesMeanTheDefaultAsInFiscosOwnFiles() {
    assertThat(parse(FISCO).storageSecurity().keyManagerPort()).isEqualTo(20000);
  }

  @Test
  void acceptsBoostsBooleanSpellings() {
    assertThat(parse("[rpc]\ndisable_dynamic_group=1\n").rpc().disableDynamicGroup()).isTrue();
    assertThat(parse("[log]\nenable=0\n").log().enable()).isFalse();
  }

  @Test
  void readsPeersInEveryAddressForm() {
    List<PeerAddress> peers =
        parse("[p2p]\nnode.0=10.0.0.1:30300\nnode.1=peer.example.org:30301\nnode.2=[::1]:30302\n")
            .p2p()
            .peers();

    assertThat(peers)
        .containsExactly(
            new PeerAddress("10.0.0.1", 30300),
            new PeerAddress("peer.example.org", 30301),
            new PeerAddress("::1", 30302));
    assertThat(peers.get(2)).hasToString("[::1]:30302");
  }

  @Test
  void readsCertificateListsLowerCased() {
    String id = FiscoFiles.SEALER_0.toUpperCase(Locale.ROOT);
    NodeConfig config =
        parse("[certificate_blacklist]\ncrl.0=" + id + "\n[certificate_whitelist]\ncal.0=" + id);

    assertThat(config.certificateBlacklist()).containsExactly(FiscoFiles.SEALER_0);
    assertThat(config.certificateWhitelist()).containsExactly(FiscoFiles.SEALER_0);
  }

  @Test
  void warnsAboutUnknownKeysAndSectionsWithTheirLines() {
    Parsed<NodeConfig> parsed =
        NodeConfig.parse(
            "config.ini", "stray=1\n[rpc]\nchanel_listen_port=20201\n[extras]\nfoo=bar\n");

    assertThat(parsed.warnings())
        .containsExactlyInAnyOrder(
            "config.ini stray: key outside any [section], ignored (line 1)",
            "config.ini [rpc] chanel_listen_port: unknown key, ignored (line 3)",
            "config.ini [extras]: unknown section, ignored (line 4)");
    assertThat(parsed.value().rpc().channelListenPort()).isEqualTo(20200);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "channel_listen_port|abc|[rpc] channel_listen_port: must be an integer between 1 and 65535,"
            + " got \"abc\"",
        "channel_listen_port|70000|[rpc] channel_listen_port: must be an integer between 1 and"
            + " 65535, got \"70000\"",
        "jsonrpc_listen_port|0|[rpc] jsonrpc_listen_port: must be an integer between 1 and 65535,"
            + " got \"0\"",
        "channel_listen_ip|localhost|[rpc] channel_listen_ip: must be an IPv4 or IPv6 address, got"
            + " \"localhost\"",
        "jsonrpc_listen_ip|127.0.0.256|[rpc] jsonrpc_listen_ip: must be an IPv4 or IPv6 address,"
            + " got \"127.0.0.256\"",
        "disable_dynamic_group|yes|[rpc] disable_dynamic_group: must be true or false, got \"yes\"",
        "listen_port|-1|[p2p] listen_port: must be an integer between 1 and 65535, got \"-1\"",
        "node.1|127.0.0.1|[p2p] node.1: must be ip:port, host:port or [ipv6]:port, got"
            + " \"127.0.0.1\"",
        "node.2|127.0.0.1:99999|[p2p] node.2: port must be between 1 and 65535, got 99999",
        "node.3|127.0.0.1:30300|[p2p] node.3: lists peer 127.0.0.1:30300 a second time",
        "key_manager_port|x|[storage_security] key_manager_port: must be an integer between 1 and"
            + " 65535, got \"x\"",
        "id|-1|[chain] id: must be an integer >= 0, got \"-1\"",
        "sm_crypto|maybe|[chain] sm_crypto: must be true or false, got \"maybe\"",
        "supported_version|3.0.0|[compatibility] supported_version: must be a FISCO BCOS 2.x"
            + " version such as 2.9.0 or 2.0.0-rc1, got \"3.0.0\"",
        "supported_version|2.11.0|[compatibility] supported_version: JBCOS runs chains up to 2.9.1,"
            + " this one has 2.11.0 (FISCO refuses a supported_version newer than its binary too)",
        "level|verbose|[log] level: must be one of trace, debug, info, warning, error, fatal, got"
            + " \"verbose\"",
        "max_log_file_size|0|[log] max_log_file_size: must be an integer >= 1, got \"0\"",
        "stat_flush_interval|1.5|[log] stat_flush_interval: must be an integer >= 1, got \"1.5\"",
      })
  void rejectsBadValuesNamingFileSectionKeyAndLine(String key, String value, String message) {
    String text = FiscoFiles.withLine(FISCO, key, key + "=" + value);
    int line = FiscoFiles.lineOf(text, key);

    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config.ini " + message + " (line " + line + ")");
  }

  @Test
  void rejectsABadCertificateListEntry() {
    assertThatThrownBy(() -> parse("[certificate_blacklist]\n  crl.0=abcd\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config.ini [certificate_blacklist] crl.0: must be a node id (128 hex characters, the"
                + " node's public key), got \"abcd\" (4 characters) (line 2)");
  }

  @Test
  void rejectsAFlowControlLimitOfZero() {
    assertThatThrownBy(() -> parse("[flow_control]\noutgoing_bandwidth_limit=0\n"))
        .hasMessage(
            "config.ini [flow_control] outgoing_bandwidth_limit: must be a number > 0; comment the"
                + " key out for no limit (line 2)");
    assertThatThrownBy(() -> parse("[flow_control]\nlimit_req=-5\n"))
        .hasMessage(
            "config.ini [flow_control] limit_req: must be an integer >= 1, got \"-5\" (line 2)");
  }

  @Test
  void rejectsRsaChannelCertificatesBefore290() {
    String text = FiscoFiles.withLine(FISCO, "supported_version", "supported_version=2.8.0");

    assertThatThrownBy(() -> parse(text))
        .hasMessage(
            "config.ini [chain] rsa_crypto_channel: RSA channel certificates need [compatibility]"
                + " supported_version 2.9.0 or later, the chain has 2.8.0 (line "
                + FiscoFiles.lineOf(text, "rsa_crypto_channel")
                + ")");
  }

  @Test
  void rejectsSmTlsWithoutSmCryptoAndBothChannelModes() {
    assertThatThrownBy(() -> parse("[chain]\nsm_crypto_channel=true\n"))
        .hasMessage(
            "config.ini [chain] sm_crypto_channel: SM TLS on the channel needs sm_crypto=true"
                + " (line 2)");
    assertThatThrownBy(
            () ->
                parse(
                    "[chain]\nsm_crypto=true\nsm_crypto_channel=true\nrsa_crypto_channel=true\n"
                        + "[compatibility]\nsupported_version=2.9.0\n"))
        .hasMessage(
            "config.ini [chain] rsa_crypto_channel: cannot be true together with"
                + " sm_crypto_channel=true: choose one (line 4)");
  }

  @Test
  void rejectsAnEnabledStorageSecurityWithoutKeyManager() {
    assertThatThrownBy(() -> parse("[storage_security]\nenable=true\nkey_manager_ip=\n"))
        .hasMessage(
            "config.ini [storage_security] key_manager_ip: is required when enable=true (line 3)");
    assertThatThrownBy(() -> parse("[storage_security]\nenable=true\nkey_manager_ip=127.0.0.1\n"))
        .hasMessage("config.ini [storage_security] cipher_data_key: is required when enable=true");
  }

  @Test
  void rejectsListenersOnTheSamePort() {
    assertThatThrownBy(() -> parse("[rpc]\nchannel_listen_port=8545\njsonrpc_listen_port=8545\n"))
        .hasMessage(
            "config.ini [rpc] jsonrpc_listen_port: is 8545, the same port as channel_listen_port"
                + " (line 3)");
    assertThatThrownBy(() -> parse("[rpc]\nchannel_listen_port=30300\n"))
        .hasMessage(
            "config.ini [p2p] listen_port: is 30300, the same port as [rpc] channel_listen_port");
    assertThat(
            parse(
                    "[rpc]\nchannel_listen_ip=10.0.0.1\nchannel_listen_port=9000\n"
                        + "jsonrpc_listen_ip=127.0.0.1\njsonrpc_listen_port=9000\n")
                .rpc()
                .jsonrpcListenPort())
        .isEqualTo(9000);
  }

  @Test
  void roundTripsTheFiscoFile() {
    NodeConfig config = parse(FISCO);

    assertThat(NodeConfig.parse("config.ini", config.toIni()))
        .isEqualTo(new Parsed<>(config, List.of()));
  }

  @Test
  void roundTripsEveryNonDefaultValue() {
    NodeConfig config =
        new NodeConfig(
            new RpcConfig("127.0.0.1", 20300, "0.0.0.0", 8600, true, 4, 16),
            new P2pConfig(
                "::",
                30400,
                List.of(PeerAddress.parse("[fe80::1]:30401"), PeerAddress.parse("a.b:1")),
                false,
                20,
                50),
            List.of(FiscoFiles.SEALER_0),
            List.of(FiscoFiles.SEALER_0, FiscoFiles.SEALER_3),
            new GroupPaths("/var/data/", "groups/"),
            new NetworkSecurityConfig(
                "certs/", "a.key", "a.crt", "root.crt", "cas/", "en.key", "en.crt", false),
            new StorageSecurityConfig(true, "10.0.0.9", 20001, "cipher"),
            new ChainConfig(7, true, true, false),
            SupportedVersion.parse("2.0.0-rc2"),
            new LogConfig(false, "/var/log/node", LogLevel.TRACE, 10, false, true, 30),
            new FlowControlConfig(OptionalLong.of(500), OptionalDouble.of(0.25)));

    String text = config.toIni();

    assertThat(NodeConfig.parse("config.ini", text)).isEqualTo(new Parsed<>(config, List.of()));
    assertThat(text)
        .contains("    outgoing_bandwidth_limit=0.25\n", "    node.0=[fe80::1]:30401\n");
  }

  @Test
  void writesTheKeysFiscoReads() {
    String text = parse(FISCO).toIni();

    assertThat(text)
        .startsWith("[rpc]\n    channel_listen_ip=0.0.0.0\n    channel_listen_port=20200\n")
        .contains(
            "[p2p]\n",
            "    node.3=127.0.0.1:30303\n",
            "[network_security]\n",
            "    key=node.key\n",
            "[chain]\n",
            "    rsa_crypto_channel=true\n",
            "[compatibility]\n",
            "    supported_version=2.9.0\n",
            "    ;limit_req=1000\n");
  }
}
