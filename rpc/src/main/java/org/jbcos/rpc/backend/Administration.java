package org.jbcos.rpc.backend;

import java.util.List;

/**
 * Dynamic group and peer management (generateGroup … erasePeers). Every answer is FISCO's {@code
 * {"code","message"}} pair, see {@link AdminResult}.
 */
public interface Administration {
  AdminResult generateGroup(int groupId, long timestamp, List<String> sealers, boolean freeStorage);

  AdminResult startGroup(int groupId);

  AdminResult stopGroup(int groupId);

  AdminResult removeGroup(int groupId);

  AdminResult recoverGroup(int groupId);

  /** One of INEXISTENT, RUNNING, STOPPING, STOPPED, DELETED, UNKNOWN. */
  String groupStatus(int groupId);

  AdminResult addPeers(List<String> endpoints);

  AdminResult erasePeers(List<String> endpoints);
}
