package org.jbcos.rpc.backend;

import java.util.List;
import java.util.OptionalLong;

/** The group's consensus engine as getPbftView, getConsensusStatus and getGroupPeers see it. */
public interface ConsensusQueries {
  /** The current PBFT view; empty under Raft (then getPbftView fails with -40007). */
  OptionalLong pbftView();

  ConsensusStatus status();

  /** Node ids (128 hex) of the group's sealers and observers as P2P sees them (getGroupPeers). */
  List<String> groupPeers();
}
