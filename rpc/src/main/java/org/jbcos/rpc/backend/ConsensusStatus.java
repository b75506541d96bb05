package org.jbcos.rpc.backend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * getConsensusStatus. The RPC layer writes FISCO's 2-element array for PBFT ({@code pbft} present)
 * or the 1-element Raft array ({@code raft} present).
 *
 * @param nodeIndex this node's index in {@code sealers}, -1 if it is not a sealer
 * @param maxFaultyLeader f
 * @param highestBlockHash 32 bytes
 * @param protocolId the group's P2P protocol id
 * @param sealer whether this node is a sealer (accountType 1) or observer (0)
 * @param nodeId this node, 128 hex
 * @param sealers node ids (128 hex) in sealer-index order
 */
public record ConsensusStatus(
    int nodeIndex,
    int maxFaultyLeader,
    long consensusedBlockNumber,
    long highestBlockNumber,
    byte[] highestBlockHash,
    int groupId,
    int protocolId,
    boolean sealer,
    boolean cfgErr,
    boolean omitEmptyBlock,
    boolean allowFutureBlocks,
    String nodeId,
    List<String> sealers,
    int connectedNodes,
    Optional<Pbft> pbft,
    Optional<Raft> raft) {
  public ConsensusStatus {
    highestBlockHash = highestBlockHash.clone();
    sealers = List.copyOf(sealers);
    Objects.requireNonNull(pbft, "pbft");
    Objects.requireNonNull(raft, "raft");
  }

  /** PBFT's view state and the views it knows of the other sealers. */
  public record Pbft(long currentView, long toView, boolean leaderFailed, List<NodeView> views) {
    public Pbft {
      views = List.copyOf(views);
    }
  }

  /** A sealer's view. */
  public record NodeView(String nodeId, long view) {}

  /** Raft's leader. */
  public record Raft(String leaderId, int leaderIdx) {}
}
