package org.jbcos.executor.precompiled;

import java.util.List;

/**
 * A Table, Entry, Condition, Entries or KVTable object at a temporary address: a system contract
 * whose functions work on {@link #target()}. It lives as long as the transaction that created it.
 *
 * @param <T> the object's state
 */
final class TemporaryObject<T> extends SystemContract {
  private final T target;

  TemporaryObject(String name, List<ObjectFunction<T>> functions, T target, GasMetrics metrics) {
    super(name, functions.stream().map(f -> f.bind(target)).toList(), metrics);
    this.target = target;
  }

  @Override
  protected boolean inputCountsAsMemory() {
    return true;
  }

  T target() {
    return target;
  }
}
