package org.jbcos.node.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.network.P2pException;
import org.jbcos.node.config.ConfigException;
import org.jbcos.node.config.GroupConfig;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.jbcos.node.network.NodeNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A node process: its configuration, its key and its groups. */
public final class NodeRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);

  private final LoadedConfig config;
  private final CryptoSuite suite;
  private final KeyPair nodeKey;
  private final Map<Integer, GroupRuntime> groups;
  private final NodeNetwork network;

  private NodeRuntime(
      LoadedConfig config,
      CryptoSuite suite,
      KeyPair nodeKey,
      Map<Integer, GroupRuntime> groups,
      NodeNetwork network) {
    this.config = config;
    this.suite = suite;
    this.nodeKey = nodeKey;
    this.groups = groups;
    this.network = network;
  }

  /**
   * Loads {@code configIni} and starts every group it lists.
   *
   * @throws ConfigException naming the file, section and key of a bad or missing value
   */
  public static NodeRuntime start(Path configIni) {
    LoadedConfig config = NodeConfigLoader.load(configIni);
    config.warnings().forEach(w -> LOG.warn("{}", w));
    CryptoSuite suite = CryptoSuite.of(config.node().chain().smCrypto());
    Path keyFile = config.certificateDir().resolve(config.node().networkSecurity().key());
    KeyPair nodeKey;
    try {
      nodeKey = KeyPem.readKeyPair(Files.readString(keyFile, StandardCharsets.US_ASCII));
    } catch (IOException | CryptoException e) {
      throw ConfigException.inFile(
          keyFile.toString(), "cannot read the node key: " + e.getMessage());
    }
    NodeNetwork network;
    try {
      network = NodeNetwork.start(config);
    } catch (P2pException e) {
      throw ConfigException.inFile(
          config.nodeDir().resolve("config.ini").toString(),
          "[p2p] cannot start the P2P network: " + e.getMessage());
    }
    Map<Integer, GroupRuntime> started = new TreeMap<>();
    try {
      for (GroupConfig group : config.groups().values()) {
        started.put(group.groupId(), GroupRuntime.start(config, group, suite, nodeKey, network));
      }
    } catch (RuntimeException e) {
      started.values().forEach(GroupRuntime::close);
      network.close();
      throw e;
    }
    LOG.info("node {} started with groups {}", nodeKey.publicKeyHex(), started.keySet());
    return new NodeRuntime(config, suite, nodeKey, Collections.unmodifiableMap(started), network);
  }

  public LoadedConfig config() {
    return config;
  }

  public CryptoSuite suite() {
    return suite;
  }

  public KeyPair nodeKey() {
    return nodeKey;
  }

  /** The node's P2P network, shared by its groups. */
  public NodeNetwork network() {
    return network;
  }

  /** The running groups by id. */
  public Map<Integer, GroupRuntime> groups() {
    return groups;
  }

  @Override
  public void close() {
    List<GroupRuntime> toClose = new ArrayList<>(groups.values());
    Collections.reverse(toClose);
    toClose.forEach(GroupRuntime::close);
    network.close();
  }
}
