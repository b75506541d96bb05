package org.jbcos.rpc.backend;

import java.util.List;

/**
 * getSyncStatus. Hashes are 32 bytes; node ids 128 hex.
 *
 * @param txPoolSize pending transactions
 */
public record SyncStatus(
    boolean isSyncing,
    int protocolId,
    byte[] genesisHash,
    String nodeId,
    long blockNumber,
    byte[] latestHash,
    long knownHighestNumber,
    byte[] knownLatestHash,
    long txPoolSize,
    List<Peer> peers) {
  public SyncStatus {
    genesisHash = genesisHash.clone();
    latestHash = latestHash.clone();
    knownLatestHash = knownLatestHash.clone();
    peers = List.copyOf(peers);
  }

  /** A peer's chain head as the sync module knows it. */
  public record Peer(String nodeId, byte[] genesisHash, long blockNumber, byte[] latestHash) {
    public Peer {
      genesisHash = genesisHash.clone();
      latestHash = latestHash.clone();
    }
  }
}
