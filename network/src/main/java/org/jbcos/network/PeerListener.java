package org.jbcos.network;

/**
 * Told when a peer becomes reachable or unreachable. Runs on a network thread; return quickly. Each
 * connected event is followed by at most one disconnected event for the same peer.
 */
public interface PeerListener {
  void onConnected(NodeId peer);

  void onDisconnected(NodeId peer);
}
