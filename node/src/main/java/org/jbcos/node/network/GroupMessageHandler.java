package org.jbcos.node.network;

import org.jbcos.network.NodeId;

/** Receives one module's messages for one group (on a network thread: hand work off quickly). */
@FunctionalInterface
public interface GroupMessageHandler {
  void onMessage(NodeId from, int packetType, byte[] payload);
}
