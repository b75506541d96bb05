package org.jbcos.sync;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jbcos.network.ModuleId;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pNetwork;

/**
 * {@link SyncTransport} over the P2P network: module {@code BLOCK_SYNC} of one group, to the
 * connected peers the node counts as members of the group.
 */
public final class P2pSyncTransport implements SyncTransport {
  private final P2pNetwork network;
  private final int protocolId;
  private final Predicate<NodeId> groupMember;

  public P2pSyncTransport(P2pNetwork network, int groupId, Predicate<NodeId> groupMember) {
    this.network = network;
    this.protocolId = ModuleId.protocolId(groupId, ModuleId.BLOCK_SYNC);
    this.groupMember = groupMember;
  }

  @Override
  public Set<NodeId> peers() {
    return network.connectedPeers().stream().filter(groupMember).collect(Collectors.toSet());
  }

  @Override
  public boolean send(NodeId to, int packetType, byte[] payload) {
    return network.send(to, protocolId, packetType, payload);
  }
}
