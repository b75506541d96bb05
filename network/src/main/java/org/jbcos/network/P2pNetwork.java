package org.jbcos.network;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The node-to-node network as the other modules see it: one connection per peer, messages routed to
 * a handler per module id. Implementations: {@link org.jbcos.network.tls.TlsP2pNetwork} (real
 * mutual-TLS connections) and {@link org.jbcos.network.memory.InMemoryP2pNetwork} (a simulated
 * network for cluster tests).
 *
 * <p>Delivery is best effort, as in FISCO: a message to a peer that is not connected, or whose
 * connection breaks, is lost; modules retry through their own protocols.
 */
public interface P2pNetwork extends AutoCloseable {
  /** This node's id. */
  NodeId self();

  /**
   * Sends a request-type message (a fresh sequence number).
   *
   * @param protocolId {@code (groupId << 16) | moduleId}, see {@link ModuleId#protocolId}
   * @return false if {@code to} is not connected (nothing was sent)
   */
  boolean send(NodeId to, int protocolId, int packetType, byte[] payload);

  /**
   * Sends the same message to each of {@code to} that is connected.
   *
   * @return how many peers it was sent to
   */
  int broadcast(Collection<NodeId> to, int protocolId, int packetType, byte[] payload);

  /** Sends the same message to every connected peer; returns how many. */
  default int broadcast(int protocolId, int packetType, byte[] payload) {
    return broadcast(connectedPeers(), protocolId, packetType, payload);
  }

  /**
   * Sends a request and waits for the response (same sequence number, negated protocol id). The
   * response completes the future instead of reaching the module's handler.
   *
   * @return completes with the response, or exceptionally with {@link P2pException} if the peer is
   *     not connected and {@link java.util.concurrent.TimeoutException} after {@code timeout}
   */
  CompletableFuture<P2pMessage> request(
      NodeId to, int protocolId, int packetType, byte[] payload, Duration timeout);

  /**
   * Answers {@code request}, which came from {@code to}.
   *
   * @return false if {@code to} is not connected
   */
  boolean respond(NodeId to, P2pMessage request, byte[] payload);

  /**
   * Routes the requests (and the responses nobody waits for) of {@code moduleId} to {@code
   * handler}, replacing an earlier one. Messages of modules without a handler are dropped.
   */
  void registerHandler(int moduleId, MessageHandler handler);

  /** The peers connected now (a snapshot). */
  Set<NodeId> connectedPeers();

  void addPeerListener(PeerListener listener);

  /** Closes every connection and stops; pending requests fail. */
  @Override
  void close();
}
