package org.jbcos.sync;

import java.util.List;
import org.jbcos.network.NodeId;

/**
 * A snapshot of a group's sync state, for the {@code getSyncStatus} RPC.
 *
 * @param syncing true while a usable peer reports a higher block than ours
 * @param headNumber our head
 * @param knownHighestNumber the highest head of a peer on our chain (at least ours)
 * @param peers what each peer on our chain last told us
 */
public record SyncStatus(
    boolean syncing, long headNumber, long knownHighestNumber, List<PeerStatus> peers) {
  public SyncStatus {
    peers = List.copyOf(peers);
  }

  /**
   * @param nodeId the peer
   * @param number its head
   * @param headHash its head's hash (32 bytes)
   */
  public record PeerStatus(NodeId nodeId, long number, byte[] headHash) {
    public PeerStatus {
      headHash = headHash.clone();
    }

    @Override
    public byte[] headHash() {
      return headHash.clone();
    }
  }

  static SyncStatus initial(long head) {
    return new SyncStatus(false, head, head, List.of());
  }
}
