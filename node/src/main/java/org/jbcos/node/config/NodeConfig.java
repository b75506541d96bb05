package org.jbcos.node.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The node-wide {@code config.ini}: listeners, peers, certificates, chain-wide choices and logs,
 * shared by all groups of the node.
 *
 * @param rpc {@code [rpc]}
 * @param p2p {@code [p2p]}
 * @param certificateBlacklist {@code [certificate_blacklist] crl.N}: node ids refused as peers
 * @param certificateWhitelist {@code [certificate_whitelist] cal.N}: if not empty, the only node
 *     ids accepted as peers
 * @param group {@code [group]}
 * @param networkSecurity {@code [network_security]}
 * @param storageSecurity {@code [storage_security]}
 * @param chain {@code [chain]}
 * @param supportedVersion {@code [compatibility] supported_version}, default 2.0.0-rc1 as in FISCO;
 *     at most {@link SupportedVersion#HIGHEST}
 * @param log {@code [log]}
 * @param flowControl {@code [flow_control]}
 */
public record NodeConfig(
    RpcConfig rpc,
    P2pConfig p2p,
    List<String> certificateBlacklist,
    List<String> certificateWhitelist,
    GroupPaths group,
    NetworkSecurityConfig networkSecurity,
    StorageSecurityConfig storageSecurity,
    ChainConfig chain,
    SupportedVersion supportedVersion,
    LogConfig log,
    FlowControlConfig flowControl) {
  private static final String BLACKLIST = "certificate_blacklist";
  private static final String WHITELIST = "certificate_whitelist";
  private static final String BLACKLIST_PREFIX = "crl.";
  private static final String WHITELIST_PREFIX = "cal.";
  private static final String COMPATIBILITY = "compatibility";
  private static final String SUPPORTED_VERSION = "supported_version";

  private static final Set<String> KNOWN_SECTIONS =
      Set.of(
          RpcConfig.SECTION,
          P2pConfig.SECTION,
          BLACKLIST,
          WHITELIST,
          GroupPaths.SECTION,
          NetworkSecurityConfig.SECTION,
          NetworkSecurityConfig.LEGACY_SECTION,
          StorageSecurityConfig.SECTION,
          StorageSecurityConfig.LEGACY_SECTION,
          ChainConfig.SECTION,
          COMPATIBILITY,
          LogConfig.SECTION,
          FlowControlConfig.SECTION);

  public NodeConfig {
    Objects.requireNonNull(rpc, "rpc");
    Objects.requireNonNull(p2p, "p2p");
    certificateBlacklist = List.copyOf(certificateBlacklist);
    certificateWhitelist = List.copyOf(certificateWhitelist);
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(networkSecurity, "networkSecurity");
    Objects.requireNonNull(storageSecurity, "storageSecurity");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(supportedVersion, "supportedVersion");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(flowControl, "flowControl");
  }

  /**
   * Reads and checks {@code config.ini}.
   *
   * @param source the file's name in messages, e.g. {@code config.ini}
   * @throws ConfigException at the first bad line or value
   */
  public static Parsed<NodeConfig> parse(String source, String text) {
    IniDocument document = IniParser.parse(source, text);
    List<String> warnings = new ArrayList<>();
    SectionReader chainReader = new SectionReader(document, ChainConfig.SECTION, warnings);
    ChainConfig chain = ChainConfig.read(chainReader);
    SectionReader compatibility = new SectionReader(document, COMPATIBILITY, warnings);
    SupportedVersion version = readVersion(compatibility);
    if (chain.rsaCryptoChannel() && !version.atLeast(SupportedVersion.V2_9_0)) {
      throw chainReader.error(
          ChainConfig.RSA_CRYPTO_CHANNEL,
          "RSA channel certificates need [compatibility] supported_version 2.9.0 or later, the"
              + " chain has "
              + version);
    }

    List<SectionReader> readers = new ArrayList<>(List.of(chainReader, compatibility));
    SectionReader rpcReader =
        track(readers, new SectionReader(document, RpcConfig.SECTION, warnings));
    SectionReader p2pReader =
        track(readers, new SectionReader(document, P2pConfig.SECTION, warnings));
    SectionReader blacklist = track(readers, new SectionReader(document, BLACKLIST, warnings));
    SectionReader whitelist = track(readers, new SectionReader(document, WHITELIST, warnings));
    SectionReader groupReader =
        track(readers, new SectionReader(document, GroupPaths.SECTION, warnings));
    SectionReader security =
        track(
            readers,
            SectionReader.firstPresent(
                document,
                warnings,
                NetworkSecurityConfig.SECTION,
                NetworkSecurityConfig.LEGACY_SECTION));
    SectionReader storageSecurity =
        track(
            readers,
            SectionReader.firstPresent(
                document,
                warnings,
                StorageSecurityConfig.SECTION,
                StorageSecurityConfig.LEGACY_SECTION));
    SectionReader logReader =
        track(readers, new SectionReader(document, LogConfig.SECTION, warnings));
    SectionReader flowReader =
        track(readers, new SectionReader(document, FlowControlConfig.SECTION, warnings));

    RpcConfig rpc = RpcConfig.read(rpcReader);
    P2pConfig p2p = P2pConfig.read(p2pReader);
    checkPorts(rpc, p2p, rpcReader, p2pReader);
    NodeConfig config =
        new NodeConfig(
            rpc,
            p2p,
            blacklist.nodeIds(BLACKLIST_PREFIX),
            whitelist.nodeIds(WHITELIST_PREFIX),
            GroupPaths.read(groupReader),
            NetworkSecurityConfig.read(security, chain.smCrypto()),
            StorageSecurityConfig.read(storageSecurity),
            chain,
            version,
            LogConfig.read(logReader),
            FlowControlConfig.read(flowReader));
    Sections.warnUnknown(document, KNOWN_SECTIONS, warnings);
    readers.forEach(SectionReader::finish);
    return new Parsed<>(config, warnings);
  }

  /** The text of {@code config.ini}, in the shape build_chain.sh writes it. */
  public String toIni() {
    IniWriter w = new IniWriter();
    rpc.write(w);
    p2p.write(w);
    writeIds(w, BLACKLIST, BLACKLIST_PREFIX, certificateBlacklist);
    writeIds(w, WHITELIST, WHITELIST_PREFIX, certificateWhitelist);
    group.write(w);
    networkSecurity.write(w, chain.smCrypto());
    storageSecurity.write(w);
    chain.write(w);
    w.section(COMPATIBILITY)
        .comment("supported_version should never be changed")
        .entry(SUPPORTED_VERSION, supportedVersion.toString());
    log.write(w);
    flowControl.write(w, "node");
    return w.toString();
  }

  private static SupportedVersion readVersion(SectionReader r) {
    return r.entry(SUPPORTED_VERSION)
        .map(
            e -> {
              SupportedVersion version = r.parsed(e, SupportedVersion::parse);
              if (version.compareTo(SupportedVersion.HIGHEST) > 0) {
                throw r.error(
                    e,
                    "JBCOS runs chains up to "
                        + SupportedVersion.HIGHEST
                        + ", this one has "
                        + version
                        + " (FISCO refuses a supported_version newer than its binary too)");
              }
              return version;
            })
        .orElse(SupportedVersion.V2_0_0_RC1);
  }

  private static void checkPorts(
      RpcConfig rpc, P2pConfig p2p, SectionReader rpcReader, SectionReader p2pReader) {
    if (clash(
        rpc.channelListenIp(),
        rpc.channelListenPort(),
        rpc.jsonrpcListenIp(),
        rpc.jsonrpcListenPort())) {
      throw rpcReader.error(
          "jsonrpc_listen_port",
          "is " + rpc.jsonrpcListenPort() + ", the same port as channel_listen_port");
    }
    if (clash(p2p.listenIp(), p2p.listenPort(), rpc.channelListenIp(), rpc.channelListenPort())) {
      throw p2pReader.error(
          "listen_port", "is " + p2p.listenPort() + ", the same port as [rpc] channel_listen_port");
    }
    if (clash(p2p.listenIp(), p2p.listenPort(), rpc.jsonrpcListenIp(), rpc.jsonrpcListenPort())) {
      throw p2pReader.error(
          "listen_port", "is " + p2p.listenPort() + ", the same port as [rpc] jsonrpc_listen_port");
    }
  }

  private static boolean clash(String ipA, int portA, String ipB, int portB) {
    return portA == portB
        && (ipA.equals(ipB) || Addresses.isWildcard(ipA) || Addresses.isWildcard(ipB));
  }

  private static SectionReader track(List<SectionReader> readers, SectionReader reader) {
    readers.add(reader);
    return reader;
  }

  private static void writeIds(IniWriter w, String section, String prefix, List<String> ids) {
    w.section(section);
    if (ids.isEmpty()) {
      w.comment(prefix + "0 should be nodeid, nodeid's length is 128").disabled(prefix + "0", "");
    }
    for (int i = 0; i < ids.size(); i++) {
      w.entry(prefix + i, ids.get(i));
    }
  }
}
