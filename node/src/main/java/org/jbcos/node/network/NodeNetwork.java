package org.jbcos.node.network;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbcos.network.ModuleId;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pMessage;
import org.jbcos.network.P2pNetwork;
import org.jbcos.network.P2pSettings;
import org.jbcos.network.tls.TlsP2pNetwork;
import org.jbcos.node.config.ConfigException;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NetworkSecurityConfig;
import org.jbcos.node.config.NodeConfig;
import org.jbcos.node.config.P2pConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's P2P network and the routing of its messages to groups: one handler per (group,
 * module), found from the message's protocol id. Messages for a group or module nobody registered
 * are dropped (a peer may run groups this node does not).
 */
public final class NodeNetwork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeNetwork.class);
  private static final List<Integer> ROUTED_MODULES =
      List.of(ModuleId.PBFT, ModuleId.BLOCK_SYNC, ModuleId.TX_POOL);

  private final P2pNetwork network;
  private final Map<Long, GroupMessageHandler> handlers = new ConcurrentHashMap<>();

  public NodeNetwork(P2pNetwork network) {
    this.network = network;
    for (int module : ROUTED_MODULES) {
      network.registerHandler(module, this::route);
    }
  }

  /** Starts the TLS network described by the node's config.ini. */
  public static NodeNetwork start(LoadedConfig config) {
    return new NodeNetwork(TlsP2pNetwork.start(settings(config)));
  }

  static P2pSettings settings(LoadedConfig config) {
    NodeConfig node = config.node();
    P2pConfig p2p = node.p2p();
    NetworkSecurityConfig security = node.networkSecurity();
    Path dir = config.certificateDir();
    List<InetSocketAddress> peers =
        p2p.peers().stream().map(a -> new InetSocketAddress(a.host(), a.port())).toList();
    InetSocketAddress listen = new InetSocketAddress(p2p.listenIp(), p2p.listenPort());
    P2pSettings defaults =
        P2pSettings.of(
            listen,
            peers,
            dir.resolve(security.caCert()),
            dir.resolve(security.cert()),
            dir.resolve(security.key()));
    return new P2pSettings(
        listen,
        peers.stream().filter(a -> !a.equals(listen)).toList(),
        defaults.caCert(),
        defaults.nodeCert(),
        defaults.nodeKey(),
        nodeIds(node.certificateBlacklist(), "certificate_blacklist"),
        nodeIds(node.certificateWhitelist(), "certificate_whitelist"),
        p2p.enableCompress(),
        P2pSettings.DEFAULT_MAX_FRAME_LENGTH,
        defaults.heartbeatInterval(),
        defaults.idleTimeout(),
        Duration.ofMillis(500),
        Duration.ofSeconds(5));
  }

  private static Set<NodeId> nodeIds(List<String> hex, String section) {
    Set<NodeId> ids = new LinkedHashSet<>();
    for (String h : hex) {
      try {
        ids.add(NodeId.fromHex(h.trim()));
      } catch (IllegalArgumentException e) {
        throw ConfigException.inFile(
            "config.ini", "[" + section + "] \"" + h + "\" is not a node id: " + e.getMessage());
      }
    }
    return ids;
  }

  public P2pNetwork p2p() {
    return network;
  }

  public NodeId self() {
    return network.self();
  }

  /** Routes {@code module} messages of {@code groupId} to {@code handler}. */
  public void register(int groupId, int module, GroupMessageHandler handler) {
    handlers.put(key(groupId, module), handler);
  }

  public void unregister(int groupId, int module) {
    handlers.remove(key(groupId, module));
  }

  private void route(NodeId from, P2pMessage message) {
    GroupMessageHandler h = handlers.get(key(message.groupId(), message.moduleId()));
    if (h == null) {
      LOG.debug(
          "p2p: no handler for group {} module {} (from {})",
          message.groupId(),
          message.moduleId(),
          from.shortHex());
      return;
    }
    h.onMessage(from, message.packetType(), message.payload());
  }

  private static long key(int groupId, int module) {
    return ((long) groupId << 16) | module;
  }

  @Override
  public void close() {
    network.close();
  }
}
