package org.jbcos.network.memory;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jbcos.network.MessageHandler;
import org.jbcos.network.MessageRouter;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pException;
import org.jbcos.network.P2pMessage;
import org.jbcos.network.P2pNetwork;
import org.jbcos.network.PeerListener;

/**
 * One node of a {@link SimulatedNetworkHub}: the same contract as the TLS network, with handlers,
 * listeners and request timeouts run by the hub's scheduler.
 */
public final class InMemoryP2pNetwork implements P2pNetwork {
  private final SimulatedNetworkHub hub;
  private final NodeId self;
  private final MessageRouter router;
  private volatile boolean closed;

  InMemoryP2pNetwork(SimulatedNetworkHub hub, NodeId self) {
    this.hub = hub;
    this.self = self;
    this.router = new MessageRouter(hub.scheduler());
  }

  @Override
  public NodeId self() {
    return self;
  }

  @Override
  public boolean send(NodeId to, int protocolId, int packetType, byte[] payload) {
    return transmit(to, new P2pMessage(protocolId, packetType, router.nextSeq(), payload));
  }

  private boolean transmit(NodeId to, P2pMessage message) {
    return !closed && hub.transmit(self, to, message);
  }

  @Override
  public int broadcast(Collection<NodeId> to, int protocolId, int packetType, byte[] payload) {
    int sent = 0;
    for (NodeId peer : to) {
      if (send(peer, protocolId, packetType, payload)) {
        sent++;
      }
    }
    return sent;
  }

  @Override
  public CompletableFuture<P2pMessage> request(
      NodeId to, int protocolId, int packetType, byte[] payload, Duration timeout) {
    int seq = router.nextSeq();
    CompletableFuture<P2pMessage> response = router.expectResponse(to, seq, timeout);
    if (!transmit(to, new P2pMessage(protocolId, packetType, seq, payload))) {
      router.abandon(to, seq, new P2pException("peer " + to.shortHex() + " is not connected"));
    }
    return response;
  }

  @Override
  public boolean respond(NodeId to, P2pMessage request, byte[] payload) {
    return transmit(to, request.response(payload));
  }

  @Override
  public void registerHandler(int moduleId, MessageHandler handler) {
    router.registerHandler(moduleId, handler);
  }

  @Override
  public Set<NodeId> connectedPeers() {
    return closed ? Set.of() : hub.peersOf(self);
  }

  @Override
  public void addPeerListener(PeerListener listener) {
    router.addPeerListener(listener);
  }

  void receive(NodeId from, P2pMessage message) {
    if (!closed) {
      router.deliver(from, message);
    }
  }

  void peerConnected(NodeId peer) {
    if (!closed) {
      router.peerConnected(peer);
    }
  }

  void peerDisconnected(NodeId peer) {
    if (!closed) {
      router.peerDisconnected(peer);
    }
  }

  /** Leaves the hub; the other nodes see it disconnect. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    hub.leave(self);
    router.failAll("the P2P network is closed");
  }
}
