package org.jbcos.rpc.methods;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.rpc.MethodCatalogue;
import org.jbcos.rpc.backend.PeerInfo;

/** Node-wide facts: version, groups, identity, peers. */
final class NodeMethods {
  private NodeMethods() {}

  static void register(MethodCatalogue.Builder b) {
    b.node("getClientVersion", (p, n, c) -> Views.clientVersion(n.clientVersion()));
    b.node("getGroupList", (p, n, c) -> n.groupIds());
    b.node("getNodeInfo", (p, n, c) -> Views.peer(n.nodeInfo()));
    // getPeers and getNodeIDList take a group id that FISCO ignores (the SDK always sends 1)
    b.node("getPeers", (p, n, c) -> n.peers().stream().map(Views::peer).toList());
    b.node(
        "getNodeIDList",
        (p, n, c) -> {
          List<String> ids = new ArrayList<>();
          ids.add(n.nodeInfo().nodeId());
          n.peers().stream().map(PeerInfo::nodeId).forEach(ids::add);
          return ids;
        });
    b.node("queryPeers", (p, n, c) -> n.configuredPeers());
  }
}
