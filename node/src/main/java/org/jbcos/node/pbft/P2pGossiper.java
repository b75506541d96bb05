package org.jbcos.node.pbft;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jbcos.consensus.pbft.Gossiper;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.network.ModuleId;
import org.jbcos.network.P2pNetwork;

/** PBFT messages over the node's P2P network, to the group's sealers that are connected. */
final class P2pGossiper implements Gossiper {
  static final int PACKET_TYPE = 0;

  private final P2pNetwork network;
  private final int protocolId;
  private final Supplier<List<NodeId>> sealers;

  P2pGossiper(P2pNetwork network, int groupId, Supplier<List<NodeId>> sealers) {
    this.network = network;
    this.protocolId = ModuleId.protocolId(groupId, ModuleId.PBFT);
    this.sealers = sealers;
  }

  @Override
  public void send(NodeId to, byte[] message) {
    network.send(toNetwork(to), protocolId, PACKET_TYPE, message);
  }

  @Override
  public void broadcast(byte[] message) {
    Set<org.jbcos.network.NodeId> connected = network.connectedPeers();
    List<org.jbcos.network.NodeId> targets =
        sealers.get().stream().map(P2pGossiper::toNetwork).filter(connected::contains).toList();
    network.broadcast(targets, protocolId, PACKET_TYPE, message);
  }

  static org.jbcos.network.NodeId toNetwork(NodeId id) {
    return org.jbcos.network.NodeId.of(id.bytes());
  }

  static NodeId fromNetwork(org.jbcos.network.NodeId id) {
    return new NodeId(id.toBytes());
  }
}
