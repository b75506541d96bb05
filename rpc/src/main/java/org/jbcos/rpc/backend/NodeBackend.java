package org.jbcos.rpc.backend;

import java.util.List;
import java.util.Optional;

/** The node as its clients see it: version, groups, identity and P2P peers. */
public interface NodeBackend {
  /** What getClientVersion reports; the SDK picks ECDSA or SM transactions from it. */
  ClientVersion clientVersion();

  /** The groups this node runs, in ascending order (getGroupList). */
  List<Integer> groupIds();

  /** The group, or empty if this node does not run it (then the call fails with -40001). */
  Optional<GroupBackend> group(int groupId);

  /** This node (getNodeInfo); {@code ipAndPort} is the P2P listen endpoint. */
  PeerInfo nodeInfo();

  /** Connected P2P peers, not this node (getPeers). */
  default List<PeerInfo> peers() {
    return List.of();
  }

  /** The P2P endpoints from the configuration, {@code "ip:port"} (queryPeers). */
  default List<String> configuredPeers() {
    return List.of();
  }

  /**
   * Dynamic group and peer management; empty until the node supports it, and then those methods
   * fail with -100001.
   */
  default Optional<Administration> administration() {
    return Optional.empty();
  }
}
