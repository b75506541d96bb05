package org.jbcos.consensus.pbft;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Messages for a later height or view, kept (signature already checked) until the node gets there.
 * Bounded: each sealer gets an equal share of {@code limit}, so one noisy peer cannot push out the
 * others. Insertion order is kept, so replay is deterministic.
 */
final class FutureMessageCache {
  private final int limit;
  private final Map<Integer, List<PbftMessage>> bySealer = new LinkedHashMap<>();
  private int size;

  FutureMessageCache(int limit) {
    this.limit = limit;
  }

  /** False when the sender's share is full or the same message is already cached. */
  boolean add(PbftMessage m, int sealerCount) {
    List<PbftMessage> own = bySealer.computeIfAbsent(m.idx(), i -> new ArrayList<>());
    int share = Math.max(4, limit / Math.max(1, sealerCount));
    if (own.size() >= share || size >= limit || own.contains(m)) {
      return false;
    }
    own.add(m);
    size++;
    return true;
  }

  /** Removes and returns the cached messages {@code ready} accepts, in arrival order per sealer. */
  List<PbftMessage> take(Predicate<PbftMessage> ready) {
    List<PbftMessage> out = new ArrayList<>();
    for (List<PbftMessage> own : bySealer.values()) {
      Iterator<PbftMessage> it = own.iterator();
      while (it.hasNext()) {
        PbftMessage m = it.next();
        if (ready.test(m)) {
          out.add(m);
          it.remove();
          size--;
        }
      }
    }
    return out;
  }

  /** Drops the messages {@code stale} accepts. */
  void drop(Predicate<PbftMessage> stale) {
    take(stale);
  }

  int size() {
    return size;
  }
}
