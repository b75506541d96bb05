package org.jbcos.node.config;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code config.ini [p2p]}: the node-to-node listener and the peers to connect to.
 *
 * @param listenIp {@code listen_ip}, default {@code 0.0.0.0}
 * @param listenPort {@code listen_port}, default 30300
 * @param peers every {@code node.N} in file order (build-chain lists every node, itself included)
 * @param enableCompress {@code enable_compress}, default true
 * @param peersParamLimit {@code peers_param_limit}, default 10
 * @param maxNodesLimit {@code max_nodes_limit}, default 100
 */
public record P2pConfig(
    String listenIp,
    int listenPort,
    List<PeerAddress> peers,
    boolean enableCompress,
    int peersParamLimit,
    int maxNodesLimit) {
  static final String SECTION = "p2p";
  private static final String LISTEN_IP = "listen_ip";
  private static final String LISTEN_PORT = "listen_port";
  private static final String NODE_PREFIX = "node.";
  private static final String ENABLE_COMPRESS = "enable_compress";
  private static final String PEERS_PARAM_LIMIT = "peers_param_limit";
  private static final String MAX_NODES_LIMIT = "max_nodes_limit";

  public static final int DEFAULT_PORT = 30300;
  private static final int DEFAULT_PEERS_PARAM_LIMIT = 10;
  private static final int DEFAULT_MAX_NODES_LIMIT = 100;

  public P2pConfig {
    peers = List.copyOf(peers);
  }

  /** FISCO's defaults with the given peers. */
  public static P2pConfig of(int listenPort, List<PeerAddress> peers) {
    return new P2pConfig(
        "0.0.0.0", listenPort, peers, true, DEFAULT_PEERS_PARAM_LIMIT, DEFAULT_MAX_NODES_LIMIT);
  }

  static P2pConfig read(SectionReader r) {
    List<PeerAddress> peers = new ArrayList<>();
    for (IniEntry entry : r.indexed(NODE_PREFIX)) {
      PeerAddress peer = r.parsed(entry, PeerAddress::parse);
      if (peers.contains(peer)) {
        throw r.error(entry, "lists peer " + peer + " a second time");
      }
      peers.add(peer);
    }
    return new P2pConfig(
        RpcConfig.ip(r, LISTEN_IP, "0.0.0.0"),
        r.integer(LISTEN_PORT, DEFAULT_PORT, 1, Addresses.MAX_PORT),
        peers,
        r.bool(ENABLE_COMPRESS, true),
        r.integer(PEERS_PARAM_LIMIT, DEFAULT_PEERS_PARAM_LIMIT, 1, Integer.MAX_VALUE),
        r.integer(MAX_NODES_LIMIT, DEFAULT_MAX_NODES_LIMIT, 1, Integer.MAX_VALUE));
  }

  void write(IniWriter w) {
    w.section(SECTION).entry(LISTEN_IP, listenIp).entry(LISTEN_PORT, listenPort);
    w.comment("nodes to connect");
    for (int i = 0; i < peers.size(); i++) {
      w.entry(NODE_PREFIX + i, peers.get(i).toString());
    }
    w.entry(ENABLE_COMPRESS, enableCompress)
        .entry(PEERS_PARAM_LIMIT, peersParamLimit)
        .entry(MAX_NODES_LIMIT, maxNodesLimit);
  }
}
