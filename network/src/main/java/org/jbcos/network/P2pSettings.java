package org.jbcos.network;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link org.jbcos.network.tls.TlsP2pNetwork} needs, mapped by the node from {@code
 * config.ini} {@code [p2p]}, {@code [network_security]}, {@code [certificate_blacklist]} and {@code
 * [certificate_whitelist]}.
 *
 * @param listen {@code listen_ip:listen_port}; port 0 picks a free port
 * @param peers the {@code node.N} addresses to dial (unresolved is fine; this node's own address
 *     may be among them, the connection to self is refused)
 * @param caCert the chain CA certificate(s), {@code ca.crt}
 * @param nodeCert the node certificate followed by its issuers, {@code node.crt}
 * @param nodeKey the node's private key, {@code node.key} (PKCS#8 or SEC1 PEM)
 * @param blacklist node ids refused after the handshake ({@code crl.N})
 * @param whitelist when not empty, only these node ids are accepted ({@code cal.N})
 * @param enableCompress Snappy-compress payloads above 1 KiB ({@code enable_compress})
 * @param maxFrameLength the largest frame accepted or sent, header included, and the largest
 *     payload after decompression
 * @param heartbeatInterval a heartbeat is sent on a connection that sent nothing for this long
 * @param idleTimeout a connection that received nothing for this long is closed
 * @param reconnectMin the first delay before dialing a lost or refused peer again
 * @param reconnectMax the cap of the exponential reconnect delay
 */
public record P2pSettings(
    InetSocketAddress listen,
    List<InetSocketAddress> peers,
    Path caCert,
    Path nodeCert,
    Path nodeKey,
    Set<NodeId> blacklist,
    Set<NodeId> whitelist,
    boolean enableCompress,
    int maxFrameLength,
    Duration heartbeatInterval,
    Duration idleTimeout,
    Duration reconnectMin,
    Duration reconnectMax) {
  /** 32 MiB: above FISCO's block-sync messages at default limits; bounds memory per peer. */
  public static final int DEFAULT_MAX_FRAME_LENGTH = 32 * 1024 * 1024;

  public P2pSettings {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(caCert, "caCert");
    Objects.requireNonNull(nodeCert, "nodeCert");
    Objects.requireNonNull(nodeKey, "nodeKey");
    peers = List.copyOf(peers);
    blacklist = Set.copyOf(blacklist);
    whitelist = Set.copyOf(whitelist);
    if (maxFrameLength < 1024) {
      throw new IllegalArgumentException("max frame length below 1 KiB: " + maxFrameLength);
    }
    requirePositive(heartbeatInterval, "heartbeat interval");
    requirePositive(idleTimeout, "idle timeout");
    requirePositive(reconnectMin, "reconnect delay");
    if (reconnectMax.compareTo(reconnectMin) < 0) {
      throw new IllegalArgumentException("the reconnect cap is below the first reconnect delay");
    }
    if (idleTimeout.compareTo(heartbeatInterval) <= 0) {
      throw new IllegalArgumentException("the idle timeout must exceed the heartbeat interval");
    }
  }

  /**
   * FISCO-like defaults: compression on, 32 MiB frames, heartbeat every 3 s, idle after 15 s,
   * reconnect after 1 s doubling up to 30 s; no black- or whitelist.
   */
  public static P2pSettings of(
      InetSocketAddress listen,
      List<InetSocketAddress> peers,
      Path caCert,
      Path nodeCert,
      Path nodeKey) {
    return new P2pSettings(
        listen,
        peers,
        caCert,
        nodeCert,
        nodeKey,
        Set.of(),
        Set.of(),
        true,
        DEFAULT_MAX_FRAME_LENGTH,
        Duration.ofSeconds(3),
        Duration.ofSeconds(15),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30));
  }

  public P2pSettings withPeers(List<InetSocketAddress> newPeers) {
    return new P2pSettings(
        listen,
        newPeers,
        caCert,
        nodeCert,
        nodeKey,
        blacklist,
        whitelist,
        enableCompress,
        maxFrameLength,
        heartbeatInterval,
        idleTimeout,
        reconnectMin,
        reconnectMax);
  }

  public P2pSettings withAdmission(Set<NodeId> newBlacklist, Set<NodeId> newWhitelist) {
    return new P2pSettings(
        listen,
        peers,
        caCert,
        nodeCert,
        nodeKey,
        newBlacklist,
        newWhitelist,
        enableCompress,
        maxFrameLength,
        heartbeatInterval,
        idleTimeout,
        reconnectMin,
        reconnectMax);
  }

  public P2pSettings withTimings(
      Duration newHeartbeat, Duration newIdle, Duration newReconnectMin, Duration newReconnectMax) {
    return new P2pSettings(
        listen,
        peers,
        caCert,
        nodeCert,
        nodeKey,
        blacklist,
        whitelist,
        enableCompress,
        maxFrameLength,
        newHeartbeat,
        newIdle,
        newReconnectMin,
        newReconnectMax);
  }

  public P2pSettings withFrames(boolean newEnableCompress, int newMaxFrameLength) {
    return new P2pSettings(
        listen,
        peers,
        caCert,
        nodeCert,
        nodeKey,
        blacklist,
        whitelist,
        newEnableCompress,
        newMaxFrameLength,
        heartbeatInterval,
        idleTimeout,
        reconnectMin,
        reconnectMax);
  }

  /** Why a peer with this id may not stay connected, if it may not. */
  public Optional<String> refusalOf(NodeId peer) {
    if (blacklist.contains(peer)) {
      return Optional.of("its node id is in certificate_blacklist");
    }
    if (!whitelist.isEmpty() && !whitelist.contains(peer)) {
      return Optional.of("certificate_whitelist is set and does not list its node id");
    }
    return Optional.empty();
  }

  private static void requirePositive(Duration d, String what) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
  }
}
