package org.jbcos.storage.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongBiFunction;

/**
 * A map bounded by the total weight of its values, evicting the least recently used first. Not
 * thread-safe: its owner locks.
 */
final class LruCache<K, V> {
  private final long capacity;
  private final ToLongBiFunction<K, V> weigher;
  private final LinkedHashMap<K, Weighted<V>> map = new LinkedHashMap<>(256, 0.75f, true);
  private long weight;
  private long evictions;

  LruCache(long capacity, ToLongBiFunction<K, V> weigher) {
    this.capacity = capacity;
    this.weigher = weigher;
  }

  /** The value, which becomes the most recently used, or null. */
  V get(K key) {
    Weighted<V> w = map.get(key);
    return w == null ? null : w.value();
  }

  void put(K key, V value) {
    long w = weigher.applyAsLong(key, value);
    Weighted<V> old = map.put(key, new Weighted<>(value, w));
    weight += w - (old == null ? 0 : old.weight());
    Iterator<Map.Entry<K, Weighted<V>>> it = map.entrySet().iterator();
    while (weight > capacity && it.hasNext()) {
      Map.Entry<K, Weighted<V>> eldest = it.next();
      weight -= eldest.getValue().weight();
      it.remove();
      evictions++;
    }
  }

  void clear() {
    map.clear();
    weight = 0;
  }

  long size() {
    return map.size();
  }

  long weight() {
    return weight;
  }

  long capacity() {
    return capacity;
  }

  long evictions() {
    return evictions;
  }

  private record Weighted<V>(V value, long weight) {}
}
