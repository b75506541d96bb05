package org.jbcos.executor.parallel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dependencies between a block's transactions (2.9's {@code TxDAG}), built in block order from
 * their conflict keys:
 *
 * <ul>
 *   <li>a transaction with keys depends on the last earlier transaction holding each of its keys;
 *   <li>a transaction without keys ({@link Optional#empty()}) depends on every earlier transaction
 *       and then holds every key, so every later transaction depends on it.
 * </ul>
 *
 * Running each transaction after the ones it depends on gives the results of running them in block
 * order, as long as transactions whose keys are disjoint touch disjoint rows.
 */
public final class TxDag {
  private final int[][] successors;
  private final int[] inDegrees;

  private TxDag(int[][] successors, int[] inDegrees) {
    this.successors = successors;
    this.inDegrees = inDegrees;
  }

  /** The DAG of transactions with these keys, in block order. */
  public static TxDag of(List<Optional<List<String>>> keys) {
    int n = keys.size();
    List<Set<Integer>> predecessors = new ArrayList<>(n);
    Map<String, Integer> lastHolder = new HashMap<>();
    int lastBarrier = -1;
    for (int i = 0; i < n; i++) {
      Set<Integer> before = new LinkedHashSet<>();
      Optional<List<String>> own = keys.get(i);
      if (own.isPresent()) {
        if (lastBarrier >= 0) {
          before.add(lastBarrier);
        }
        for (String key : own.get()) {
          Integer holder = lastHolder.put(key, i);
          if (holder != null && holder != i) {
            before.add(holder);
          }
        }
      } else {
        // everything since the last barrier (which itself follows everything before it)
        for (int j = Math.max(lastBarrier, 0); j < i; j++) {
          before.add(j);
        }
        lastBarrier = i;
        lastHolder.clear();
      }
      predecessors.add(before);
    }
    return fromPredecessors(predecessors);
  }

  private static TxDag fromPredecessors(List<Set<Integer>> predecessors) {
    int n = predecessors.size();
    int[] inDegrees = new int[n];
    int[] outDegrees = new int[n];
    for (int i = 0; i < n; i++) {
      inDegrees[i] = predecessors.get(i).size();
      for (int p : predecessors.get(i)) {
        outDegrees[p]++;
      }
    }
    int[][] successors = new int[n][];
    for (int i = 0; i < n; i++) {
      successors[i] = new int[outDegrees[i]];
    }
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      for (int p : predecessors.get(i)) {
        successors[p][filled[p]++] = i;
      }
    }
    return new TxDag(successors, inDegrees);
  }

  /** The number of transactions. */
  public int size() {
    return inDegrees.length;
  }

  /** How many transactions {@code tx} waits for. */
  public int inDegree(int tx) {
    return inDegrees[tx];
  }

  /** The transactions that wait for {@code tx}, in block order. */
  public int[] successors(int tx) {
    return successors[tx].clone();
  }

  /** Whether no two transactions may run at the same time: the DAG is a chain. */
  public boolean isSerial() {
    for (int i = 1; i < inDegrees.length; i++) {
      if (!contains(successors[i - 1], i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
