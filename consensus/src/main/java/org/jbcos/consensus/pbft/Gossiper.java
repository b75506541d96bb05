package org.jbcos.consensus.pbft;

/** Sends PBFT messages to the group's sealers; the node implements it over the P2P network. */
public interface Gossiper {
  /** Sends to one sealer. */
  void send(NodeId to, byte[] message);

  /** Sends to every sealer of the group except this node. */
  void broadcast(byte[] message);
}
