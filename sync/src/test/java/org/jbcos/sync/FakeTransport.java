package org.jbcos.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jbcos.network.NodeId;

/** Records what a core sends, to peers the test chooses. */
final class FakeTransport implements SyncTransport {
  final Set<NodeId> peers = new LinkedHashSet<>();
  final List<SyncNode.Sent> sent = new ArrayList<>();

  @Override
  public Set<NodeId> peers() {
    return Set.copyOf(peers);
  }

  @Override
  public boolean send(NodeId to, int packetType, byte[] payload) {
    if (!peers.contains(to)) {
      return false;
    }
    sent.add(new SyncNode.Sent(to, packetType, payload));
    return true;
  }

  List<SyncNode.Sent> ofType(int packetType) {
    return sent.stream().filter(s -> s.packetType() == packetType).toList();
  }
}
