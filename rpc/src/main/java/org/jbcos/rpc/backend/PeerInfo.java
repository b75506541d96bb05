package org.jbcos.rpc.backend;

import java.util.List;

/**
 * A node as getPeers and getNodeInfo show it.
 *
 * @param agency the agency name from the node certificate
 * @param ipAndPort the P2P endpoint, {@code "ip:port"}
 * @param node the node name from the node certificate
 * @param nodeId 128 hex characters, no 0x
 * @param topics the AMOP topics the node's SDKs subscribe
 */
public record PeerInfo(
    String agency, String ipAndPort, String node, String nodeId, List<String> topics) {
  public PeerInfo {
    topics = List.copyOf(topics);
  }
}
