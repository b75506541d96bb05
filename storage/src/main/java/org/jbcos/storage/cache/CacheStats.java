package org.jbcos.storage.cache;

/**
 * A snapshot of the read cache's counters.
 *
 * @param weightBytes the estimated heap the cached rows take
 * @param capacityBytes the bound on {@code weightBytes}
 */
public record CacheStats(
    long hits, long misses, long evictions, long entries, long weightBytes, long capacityBytes) {
  /** Hits over lookups, 0 before the first lookup. */
  public double hitRate() {
    long lookups = hits + misses;
    return lookups == 0 ? 0 : (double) hits / lookups;
  }
}
