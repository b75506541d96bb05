package org.jbcos.network;

/**
 * Receives the messages of one module. Runs on a network thread: hand work over to the module's own
 * thread or queue and return quickly; never block.
 */
@FunctionalInterface
public interface MessageHandler {
  void onMessage(NodeId from, P2pMessage message);
}
