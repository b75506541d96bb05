package org.jbcos.sync;

import java.util.Set;
import org.jbcos.network.NodeId;

/** How sync reaches the group's peers: best effort, like the P2P network under it. */
public interface SyncTransport {
  /** The group's peers connected now. */
  Set<NodeId> peers();

  /** Returns false if {@code to} is not connected (nothing was sent). */
  boolean send(NodeId to, int packetType, byte[] payload);

  /** Sends to every peer of {@link #peers()}; returns how many it reached. */
  default int broadcast(int packetType, byte[] payload) {
    int sent = 0;
    for (NodeId peer : peers()) {
      if (send(peer, packetType, payload)) {
        sent++;
      }
    }
    return sent;
  }
}
