package org.jbcos.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jbcos.network.NodeId;

/** The group's peers as sync tracks them, in id order for deterministic choices. */
final class PeerTable {
  private final Map<NodeId, SyncPeer> peers = new LinkedHashMap<>();

  SyncPeer getOrAdd(NodeId id) {
    return peers.computeIfAbsent(id, SyncPeer::new);
  }

  Optional<SyncPeer> get(NodeId id) {
    return Optional.ofNullable(peers.get(id));
  }

  /**
   * Forgets peers that are gone and adds new ones.
   *
   * @return the peers that were not known before
   */
  List<NodeId> reconcile(Set<NodeId> connected) {
    peers.keySet().retainAll(connected);
    List<NodeId> added = new ArrayList<>();
    for (NodeId id : connected) {
      if (!peers.containsKey(id)) {
        peers.put(id, new SyncPeer(id));
        added.add(id);
      }
    }
    return added;
  }

  boolean contains(NodeId id) {
    return peers.containsKey(id);
  }

  /** The usable peers whose head is at least {@code number}, in id order. */
  List<SyncPeer> usableWith(long number, long nowMillis) {
    return peers.values().stream()
        .filter(p -> p.usable(nowMillis) && p.number() >= number)
        .sorted(Comparator.comparing(p -> p.id))
        .toList();
  }

  /** The highest head among usable peers, or {@code -1}. */
  long highestUsable(long nowMillis) {
    long best = -1;
    for (SyncPeer p : peers.values()) {
      if (p.usable(nowMillis)) {
        best = Math.max(best, p.number());
      }
    }
    return best;
  }

  List<SyncPeer> all() {
    return List.copyOf(peers.values());
  }
}
