package org.jbcos.consensus.pbft;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * View-change requests for the current head, one per sealer per view (own included). Answers the
 * two questions of the view change: has {@code view} a quorum, and have more than f sealers moved
 * past our own {@code toView} (then we catch up to the lowest of their views).
 */
final class ViewChangeCache {
  private final TreeMap<Long, Map<Integer, PbftMessage>> byView = new TreeMap<>();

  /** Requests kept per sealer (its highest views): a peer cannot fill memory with views. */
  static final int PER_SEALER = 16;

  private final Map<Integer, Integer> perSealer = new TreeMap<>();

  boolean add(PbftMessage vc) {
    if (byView.computeIfAbsent(vc.view(), v -> new TreeMap<>()).putIfAbsent(vc.idx(), vc) != null) {
      return false;
    }
    if (perSealer.merge(vc.idx(), 1, Integer::sum) > PER_SEALER) {
      for (Map.Entry<Long, Map<Integer, PbftMessage>> e : byView.entrySet()) {
        if (e.getValue().remove(vc.idx()) != null) {
          perSealer.merge(vc.idx(), -1, Integer::sum);
          break;
        }
      }
      byView.values().removeIf(Map::isEmpty);
    }
    return true;
  }

  /** The highest view above {@code view} that at least {@code quorum} sealers asked for. */
  OptionalLong highestViewWithQuorum(long view, int quorum) {
    for (Map.Entry<Long, Map<Integer, PbftMessage>> e : byView.descendingMap().entrySet()) {
      if (e.getKey() <= view) {
        break;
      }
      if (e.getValue().size() >= quorum) {
        return OptionalLong.of(e.getKey());
      }
    }
    return OptionalLong.empty();
  }

  int count(long view) {
    return byView.getOrDefault(view, Map.of()).size();
  }

  /**
   * The view to catch up to: when more than {@code f} distinct sealers asked for views above {@code
   * toView}, the lowest view any of them asked for (each sealer counted at its highest).
   */
  OptionalLong catchUpView(long toView, int f) {
    Map<Integer, Long> highestBySealer = new TreeMap<>();
    for (Map.Entry<Long, Map<Integer, PbftMessage>> e : byView.tailMap(toView, false).entrySet()) {
      for (Integer idx : e.getValue().keySet()) {
        highestBySealer.merge(idx, e.getKey(), Math::max);
      }
    }
    if (highestBySealer.size() <= f) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        highestBySealer.values().stream().mapToLong(Long::longValue).min().orElseThrow());
  }

  /** Forgets requests for views up to and including {@code view}. */
  void dropUpTo(long view) {
    Map<Long, Map<Integer, PbftMessage>> gone = byView.headMap(view, true);
    for (Map<Integer, PbftMessage> sealers : gone.values()) {
      for (Integer idx : sealers.keySet()) {
        perSealer.merge(idx, -1, Integer::sum);
      }
    }
    gone.clear();
  }

  void clear() {
    byView.clear();
    perSealer.clear();
  }
}
