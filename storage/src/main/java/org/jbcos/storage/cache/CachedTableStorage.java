package org.jbcos.storage.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.jbcos.storage.Row;
import org.jbcos.storage.TableChanges;
import org.jbcos.storage.TableInfo;
import org.jbcos.storage.TableStorage;

/**
 * A bounded read cache in front of any backend: the live rows of recently read table keys, least
 * recently used evicted first, with hit and miss counters.
 *
 * <p>It is write-through, not write-back: {@link #commit} writes the block to the backend first and
 * only then merges the block's rows into the cached keys. 2.x's CachedStorage instead returns
 * before the backend has the block and writes it asynchronously; JBCOS does not, so a crash can
 * never lose a block the node reported committed, and the cache never holds rows the backend lacks.
 */
public final class CachedTableStorage implements TableStorage {
  /** 2.x's code default for {@code [storage] max_capacity}: 32 MB. */
  public static final long DEFAULT_CAPACITY_BYTES = 32L * 1024 * 1024;

  private final TableStorage backend;
  private final LruCache<CacheKey, List<Row>> cache;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final Object lock = new Object();

  /** Bumped by every commit, so that a read that raced with it does not cache stale rows. */
  private long epoch;

  public CachedTableStorage(TableStorage backend, long capacityBytes) {
    if (capacityBytes <= 0) {
      throw new IllegalArgumentException("cache capacity must be positive: " + capacityBytes);
    }
    this.backend = backend;
    this.cache = new LruCache<>(capacityBytes, CachedTableStorage::weigh);
  }

  @Override
  public List<Row> select(TableInfo table, String key) {
    if (!table.cached()) {
      return backend.select(table, key);
    }
    CacheKey k = new CacheKey(table.name(), key);
    long seen;
    synchronized (lock) {
      List<Row> rows = cache.get(k);
      if (rows != null) {
        hits.increment();
        return rows;
      }
      seen = epoch;
    }
    misses.increment();
    List<Row> rows = List.copyOf(backend.select(table, key));
    synchronized (lock) {
      if (epoch == seen) {
        cache.put(k, rows);
      }
    }
    return rows;
  }

  @Override
  public void commit(long blockNumber, List<TableChanges> changes) {
    backend.commit(blockNumber, changes);
    synchronized (lock) {
      epoch++;
      for (TableChanges c : changes) {
        if (!c.table().cached()) {
          continue;
        }
        Map<String, List<Row>> byKey = new TreeMap<>();
        for (Row r : c.rows()) {
          byKey.computeIfAbsent(r.key(c.table()), x -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Row>> e : byKey.entrySet()) {
          CacheKey k = new CacheKey(c.table().name(), e.getKey());
          List<Row> cached = cache.get(k);
          if (cached != null) {
            cache.put(k, merge(cached, e.getValue()));
          }
        }
      }
    }
  }

  @Override
  public long lastCommittedBlock() {
    return backend.lastCommittedBlock();
  }

  @Override
  public List<Row> scan(TableInfo table) {
    return backend.scan(table);
  }

  @Override
  public void close() {
    synchronized (lock) {
      cache.clear();
    }
    backend.close();
  }

  public CacheStats stats() {
    synchronized (lock) {
      return new CacheStats(
          hits.sum(),
          misses.sum(),
          cache.evictions(),
          cache.size(),
          cache.weight(),
          cache.capacity());
    }
  }

  /** The live rows of a key after a block: changed rows replace stored ones by id. */
  private static List<Row> merge(List<Row> cached, List<Row> changed) {
    TreeMap<Long, Row> byId = new TreeMap<>();
    for (Row r : cached) {
      byId.put(r.id(), r);
    }
    for (Row r : changed) {
      if (r.removed()) {
        byId.remove(r.id());
      } else {
        byId.put(r.id(), r);
      }
    }
    return List.copyOf(byId.values());
  }

  /** An estimate of the heap a cached key takes. */
  private static long weigh(CacheKey k, List<Row> rows) {
    long w = 64 + 2L * (k.table().length() + k.key().length());
    for (Row r : rows) {
      w += 48;
      for (String name : r.fields().names()) {
        w += 48 + 2L * name.length() + r.fields().bytes(name).map(b -> b.length).orElse(0);
      }
    }
    return w;
  }

  private record CacheKey(String table, String key) {}
}
