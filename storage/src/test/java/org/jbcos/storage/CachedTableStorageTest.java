package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbcos.storage.cache.CacheStats;
import org.jbcos.storage.cache.CachedTableStorage;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.Test;

/** The contract through the read cache (small, so that it evicts), and the cache's own duties. */
class CachedTableStorageTest extends TableStorageContractTest {
  private InMemoryTableStorage backend;

  @Override
  protected TableStorage create() {
    backend = new InMemoryTableStorage();
    return new CachedTableStorage(backend, 16 * 1024);
  }

  @Override
  protected TableStorage reopen(TableStorage current) {
    // a restart empties the cache; the backend keeps its data
    return new CachedTableStorage(backend, 16 * 1024);
  }

  private CachedTableStorage cache() {
    return (CachedTableStorage) storage;
  }

  private static final TableInfo T = TableInfo.of("u_t", "k", List.of("v"));

  @Test
  void countsHitsAndMisses() {
    block(0, f -> f.createTable("u_t", "k", List.of("v")));
    block(1, f -> table(f, "u_t").insert("a", Entry.of("v", "1")));
    CacheStats before = cache().stats();
    storage.select(T, "a");
    storage.select(T, "a");
    storage.select(T, "nothing");
    storage.select(T, "nothing");
    CacheStats after = cache().stats();
    assertThat(after.misses() - before.misses()).isEqualTo(2);
    assertThat(after.hits() - before.hits()).isEqualTo(2);
    assertThat(after.hitRate()).isPositive();
  }

  @Test
  void committedRowsReplaceCachedOnes() {
    block(0, f -> f.createTable("u_t", "k", List.of("v")));
    block(
        1,
        f -> {
          table(f, "u_t").insert("a", Entry.of("v", "1"));
          table(f, "u_t").insert("a", Entry.of("v", "2"));
        });
    assertThat(storage.select(T, "a")).hasSize(2);
    assertThat(storage.select(T, "b")).isEmpty();
    block(
        2,
        f -> {
          table(f, "u_t").update("a", Entry.of("v", "3"), Condition.all().eq("v", "2"));
          table(f, "u_t").remove("a", Condition.all().eq("v", "1"));
          table(f, "u_t").insert("a", Entry.of("v", "4"));
          table(f, "u_t").insert("b", Entry.of("v", "5"));
        });
    long misses = cache().stats().misses();
    assertThat(storage.select(T, "a"))
        .extracting(r -> r.fields().getOrEmpty("v"))
        .containsExactly("3", "4");
    assertThat(storage.select(T, "b")).hasSize(1);
    assertThat(cache().stats().misses()).isEqualTo(misses);
    assertThat(storage.select(T, "a")).isEqualTo(backend.select(T, "a"));
  }

  @Test
  void staysWithinItsCapacity() {
    block(0, f -> f.createTable("u_t", "k", List.of("v")));
    block(
        1,
        f -> {
          for (int i = 0; i < 500; i++) {
            table(f, "u_t").insert("key" + i, Entry.of("v", "x".repeat(100)));
          }
        });
    for (int i = 0; i < 500; i++) {
      storage.select(T, "key" + i);
    }
    CacheStats s = cache().stats();
    assertThat(s.weightBytes()).isLessThanOrEqualTo(s.capacityBytes());
    assertThat(s.evictions()).isPositive();
    assertThat(s.entries()).isLessThan(500);
    assertThat(storage.select(T, "key0")).hasSize(1);
  }

  @Test
  void uncachedTablesGoStraightToTheBackend() {
    TableInfo txIndex = SystemTables.info(SystemTables.TX_HASH_2_BLOCK).orElseThrow();
    long lookups = cache().stats().hits() + cache().stats().misses();
    storage.select(txIndex, "h");
    storage.select(txIndex, "h");
    assertThat(cache().stats().hits() + cache().stats().misses()).isEqualTo(lookups);
  }
}
