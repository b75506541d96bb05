package org.jbcos.consensus.pbft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sign or commit votes of the height under consensus: at most one per (view, sealer), so a repeated
 * vote counts once. Not thread-safe; owned by the engine's thread.
 */
final class VoteCache {
  private final Map<Long, Map<Integer, PbftMessage>> byView = new TreeMap<>();

  /** False when this sealer already voted in this view. */
  boolean add(PbftMessage vote) {
    return byView.computeIfAbsent(vote.view(), v -> new TreeMap<>()).putIfAbsent(vote.idx(), vote)
        == null;
  }

  /** The votes of {@code view} for {@code hash}, by sealer index. */
  List<PbftMessage> votes(long view, byte[] hash) {
    List<PbftMessage> out = new ArrayList<>();
    for (PbftMessage m : byView.getOrDefault(view, Map.of()).values()) {
      if (m.hashEquals(hash)) {
        out.add(m);
      }
    }
    return out;
  }

  int count(long view, byte[] hash) {
    return votes(view, hash).size();
  }

  /** Forgets the votes of views below {@code view}. */
  void dropViewsBelow(long view) {
    byView.keySet().removeIf(v -> v < view);
  }

  void clear() {
    byView.clear();
  }
}
