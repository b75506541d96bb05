package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jbcos.crypto.Keccak256;
import org.jbcos.storage.cache.CachedTableStorage;
import org.jbcos.storage.mariadb.MariaDbConfig;
import org.jbcos.storage.mariadb.MariaDbTableStorage;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;

/**
 * Random sequences of inserts, updates, removes, selects, savepoints, rollbacks and commits give
 * the same reads on every backend (in-memory, cached, RocksDB, and MariaDB when configured) as a
 * naive model that copies its whole state at each savepoint, and the same state roots and stored
 * rows on every backend.
 *
 * <p>The backends live across tries (opening RocksDB or creating a MariaDB database per try is too
 * slow); each try uses tables of its own and the next block numbers.
 */
class StorageProperties {
  private static final List<String> KEYS = List.of("k0", "k1", "K1");
  private static final List<String> VALUES = List.of("", "0", "1", "2", "10", "-3", "abc", "Abc");
  private static final Map<String, List<String>> FIELDS =
      Map.of("a", List.of("x", "y"), "b", List.of("z"));

  private static final Map<String, TableStorage> BACKENDS = new LinkedHashMap<>();
  private static final AtomicInteger TRY = new AtomicInteger();
  private static Path rocksDir;
  private static MariaDbConfig mariaDb;

  @BeforeContainer
  static void openBackends() throws Exception {
    BACKENDS.put("memory", new InMemoryTableStorage());
    BACKENDS.put("cached", new CachedTableStorage(new InMemoryTableStorage(), 4096));
    rocksDir = Files.createTempDirectory("jbcos-props");
    BACKENDS.put("rocksdb", RocksDbTableStorage.open(new RocksDbConfig(rocksDir, false)));
    if (MariaDbTestSupport.available()) {
      mariaDb = MariaDbTestSupport.freshDatabase();
      BACKENDS.put("mariadb", MariaDbTableStorage.open(mariaDb));
    } else {
      System.err.println(
          "StorageProperties: MariaDB left out, JBCOS_TEST_MYSQL_URL is not set"
              + " (the contract test reports the skip)");
    }
  }

  @AfterContainer
  static void closeBackends() throws Exception {
    BACKENDS.values().forEach(TableStorage::close);
    BACKENDS.clear();
    if (mariaDb != null) {
      MariaDbTestSupport.drop(mariaDb);
    }
    try (var files = Files.walk(rocksDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  // ---- operations ----

  sealed interface Op {}

  record Insert(String table, String key, Map<String, String> fields) implements Op {}

  record Update(String table, String key, Map<String, String> fields, Cond cond) implements Op {}

  record Remove(String table, String key, Cond cond) implements Op {}

  record Select(String table, String key, Cond cond) implements Op {}

  record Savepoint() implements Op {}

  /** Rolls back to the savepoint {@code back} places from the newest, if there is one. */
  record Rollback(int back) implements Op {}

  record Commit() implements Op {}

  record Pred(String field, Condition.Op op, String value) {}

  record Cond(List<Pred> preds, int offset, int count) {
    /** The same condition on fields table {@code t} has. */
    Cond on(String t) {
      List<Pred> mapped = new ArrayList<>();
      for (Pred p : preds) {
        String f = p.field();
        if (!f.equals("k") && !FIELDS.get(t).contains(f)) {
          f = FIELDS.get(t).get(0);
        }
        mapped.add(new Pred(f, p.op(), p.value()));
      }
      return new Cond(mapped, offset, count);
    }

    Condition toCondition() {
      Condition c = Condition.all();
      for (Pred p : preds) {
        c =
            switch (p.op()) {
              case EQ -> c.eq(p.field(), p.value());
              case NE -> c.ne(p.field(), p.value());
              case GT -> c.gt(p.field(), Long.parseLong(p.value()));
              case GE -> c.ge(p.field(), Long.parseLong(p.value()));
              case LT -> c.lt(p.field(), Long.parseLong(p.value()));
              case LE -> c.le(p.field(), Long.parseLong(p.value()));
            };
      }
      return count < 0 ? c : c.limit(offset, count);
    }
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<String> table = Arbitraries.of("a", "b");
    Arbitrary<String> key = Arbitraries.of(KEYS);
    Arbitrary<String> value = Arbitraries.of(VALUES);
    Arbitrary<Map<String, String>> fieldsA =
        Arbitraries.maps(Arbitraries.of("x", "y"), value).ofMaxSize(2);
    Arbitrary<Map<String, String>> fieldsB =
        Arbitraries.maps(Arbitraries.of("z"), value).ofMaxSize(1);
    Arbitrary<Pred> pred =
        Combinators.combine(
                Arbitraries.of("x", "y", "z", "k"),
                Arbitraries.of(Condition.Op.values()),
                value,
                Arbitraries.integers().between(-5, 12))
            .as(
                (f, op, v, n) ->
                    new Pred(
                        f,
                        op,
                        op == Condition.Op.EQ || op == Condition.Op.NE ? v : Integer.toString(n)));
    Arbitrary<Cond> cond =
        Combinators.combine(
                pred.list().ofMaxSize(2),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-1, 3))
            .as(Cond::new);
    Arbitrary<Op> insert =
        Combinators.combine(table, key, fieldsA, fieldsB)
            .as((t, k, fa, fb) -> new Insert(t, k, t.equals("a") ? fa : fb));
    Arbitrary<Op> update =
        Combinators.combine(table, key, fieldsA, fieldsB, cond)
            .as((t, k, fa, fb, c) -> new Update(t, k, t.equals("a") ? fa : fb, c.on(t)));
    Arbitrary<Op> remove =
        Combinators.combine(table, key, cond).as((t, k, c) -> new Remove(t, k, c.on(t)));
    Arbitrary<Op> select =
        Combinators.combine(table, key, cond).as((t, k, c) -> new Select(t, k, c.on(t)));
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, insert),
            net.jqwik.api.Tuple.of(4, update),
            net.jqwik.api.Tuple.of(2, remove),
            net.jqwik.api.Tuple.of(5, select),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(new Savepoint())),
            net.jqwik.api.Tuple.of(
                2, Arbitraries.integers().between(0, 3).map(b -> (Op) new Rollback(b))),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new Commit())));
    return op.list()
        .ofMinSize(10)
        .ofMaxSize(60)
        .withSizeDistribution(net.jqwik.api.RandomDistribution.uniform());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void everyBackendAgreesWithTheModel(@ForAll("ops") List<Op> ops) {
    String prefix = "u_p" + TRY.incrementAndGet() + "_";
    Model model = new Model();
    Map<String, BlockTableFactory> blocks = new LinkedHashMap<>();
    BACKENDS.forEach((name, s) -> blocks.put(name, newBlock(s, prefix, true)));
    List<Integer> savepoints = new ArrayList<>();

    for (Op op : ops) {
      apply(op, model, blocks, savepoints, prefix);
    }
    commitAll(blocks, prefix);
    for (String t : List.of("a", "b")) {
      TableInfo info = TableInfo.of(prefix + t, "k", FIELDS.get(t));
      List<Row> reference = BACKENDS.get("memory").scan(info);
      BACKENDS.forEach((name, s) -> assertThat(s.scan(info)).as(name).isEqualTo(reference));
    }
  }

  private static void apply(
      Op op,
      Model model,
      Map<String, BlockTableFactory> blocks,
      List<Integer> savepoints,
      String prefix) {
    if (op instanceof Insert i) {
      model.insert(i.table(), i.key(), i.fields());
      blocks.values().forEach(b -> table(b, prefix, i.table()).insert(i.key(), entry(i.fields())));
    } else if (op instanceof Update u) {
      int expected = model.update(u.table(), u.key(), u.fields(), u.cond());
      blocks.forEach(
          (name, b) ->
              assertThat(
                      table(b, prefix, u.table())
                          .update(u.key(), entry(u.fields()), u.cond().toCondition()))
                  .as("%s: %s", name, u)
                  .isEqualTo(expected));
    } else if (op instanceof Remove r) {
      int expected = model.remove(r.table(), r.key(), r.cond());
      blocks.forEach(
          (name, b) ->
              assertThat(table(b, prefix, r.table()).remove(r.key(), r.cond().toCondition()))
                  .as("%s: %s", name, r)
                  .isEqualTo(expected));
    } else if (op instanceof Select s) {
      List<Entry> expected = model.select(s.table(), s.key(), s.cond());
      blocks.forEach(
          (name, b) ->
              assertThat(table(b, prefix, s.table()).select(s.key(), s.cond().toCondition()))
                  .as("%s: %s", name, s)
                  .isEqualTo(expected));
    } else if (op instanceof Savepoint) {
      List<Integer> marks = new ArrayList<>();
      blocks.values().forEach(b -> marks.add(b.savepoint()));
      assertThat(marks).containsOnly(marks.get(0));
      savepoints.add(marks.get(0));
      model.savepoint();
    } else if (op instanceof Rollback rb) {
      if (rb.back() < savepoints.size()) {
        int index = savepoints.size() - 1 - rb.back();
        int mark = savepoints.get(index);
        blocks.values().forEach(b -> b.rollback(mark));
        model.rollback(index);
        savepoints.subList(index, savepoints.size()).clear();
        checkEverything(model, blocks, prefix);
      }
    } else if (op instanceof Commit) {
      commitAll(blocks, prefix);
      model.commit();
      savepoints.clear();
      checkEverything(model, blocks, prefix);
    } else {
      throw new AssertionError(op);
    }
  }

  /** Every key of every table reads as in the model, on every backend. */
  private static void checkEverything(
      Model model, Map<String, BlockTableFactory> blocks, String prefix) {
    Cond all = new Cond(List.of(), 0, -1);
    for (String t : FIELDS.keySet()) {
      for (String k : KEYS) {
        List<Entry> expected = model.select(t, k, all);
        blocks.forEach(
            (name, b) ->
                assertThat(table(b, prefix, t).select(k))
                    .as("%s: %s/%s", name, t, k)
                    .isEqualTo(expected));
      }
    }
  }

  private static void commitAll(Map<String, BlockTableFactory> blocks, String prefix) {
    Map<String, String> roots = new LinkedHashMap<>();
    blocks.forEach((name, b) -> roots.put(name, org.jbcos.crypto.Hex.encode(b.stateRoot())));
    assertThat(roots.values()).as("state roots %s", roots).containsOnly(roots.get("memory"));
    blocks.values().forEach(BlockTableFactory::commit);
    blocks.replaceAll((name, b) -> newBlock(BACKENDS.get(name), prefix, false));
  }

  private static BlockTableFactory newBlock(TableStorage s, String prefix, boolean create) {
    BlockTableFactory b = new BlockTableFactory(s, Keccak256.INSTANCE, s.lastCommittedBlock() + 1);
    if (create) {
      FIELDS.forEach((t, fields) -> b.createTable(prefix + t, "k", fields));
    }
    return b;
  }

  private static Table table(BlockTableFactory b, String prefix, String t) {
    return b.openTable(prefix + t).orElseThrow();
  }

  private static Entry entry(Map<String, String> fields) {
    return Entry.of(fields);
  }

  /**
   * The table model with no cleverness: lists of live rows per key, the whole state copied at each
   * savepoint.
   */
  static final class Model {
    /** table -> key -> rows: stored rows (by id) first, then this block's, in insertion order. */
    private Map<String, Map<String, List<MRow>>> state = new HashMap<>();

    private final List<Map<String, Map<String, List<MRow>>>> snapshots = new ArrayList<>();

    record MRow(TreeMap<String, String> fields, boolean fresh) {}

    void insert(String t, String key, Map<String, String> given) {
      TreeMap<String, String> f = new TreeMap<>();
      f.put("k", key);
      for (String name : FIELDS.get(t)) {
        f.put(name, given.getOrDefault(name, ""));
      }
      rows(t, key).add(new MRow(f, true));
    }

    int update(String t, String key, Map<String, String> given, Cond cond) {
      List<MRow> matching = matching(t, key, cond);
      for (MRow r : matching) {
        r.fields().putAll(given);
      }
      return matching.size();
    }

    int remove(String t, String key, Cond cond) {
      List<MRow> matching = matching(t, key, cond);
      rows(t, key).removeIf(r -> matching.stream().anyMatch(m -> m == r));
      return matching.size();
    }

    List<Entry> select(String t, String key, Cond cond) {
      List<Entry> out = new ArrayList<>();
      for (MRow r : matching(t, key, cond)) {
        out.add(Entry.of(r.fields()));
      }
      return out;
    }

    void savepoint() {
      snapshots.add(copy(state));
    }

    void rollback(int index) {
      state = snapshots.get(index);
      snapshots.subList(index, snapshots.size()).clear();
    }

    /** New rows become stored, after older ones, ordered as their ids will be (by fields). */
    void commit() {
      snapshots.clear();
      for (Map<String, List<MRow>> byKey : state.values()) {
        for (List<MRow> rows : byKey.values()) {
          List<MRow> stored = new ArrayList<>();
          List<MRow> fresh = new ArrayList<>();
          for (MRow r : rows) {
            (r.fresh() ? fresh : stored).add(new MRow(r.fields(), false));
          }
          fresh.sort(Model::byFields);
          rows.clear();
          rows.addAll(stored);
          rows.addAll(fresh);
        }
      }
    }

    private static int byFields(MRow a, MRow b) {
      var ia = a.fields().entrySet().iterator();
      var ib = b.fields().entrySet().iterator();
      while (ia.hasNext() && ib.hasNext()) {
        var ea = ia.next();
        var eb = ib.next();
        int c = ea.getKey().compareTo(eb.getKey());
        if (c == 0) {
          c =
              Arrays.compareUnsigned(
                  ea.getValue().getBytes(StandardCharsets.UTF_8),
                  eb.getValue().getBytes(StandardCharsets.UTF_8));
        }
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.fields().size(), b.fields().size());
    }

    private List<MRow> rows(String t, String key) {
      return state
          .computeIfAbsent(t, x -> new HashMap<>())
          .computeIfAbsent(key, x -> new ArrayList<>());
    }

    private List<MRow> matching(String t, String key, Cond cond) {
      List<MRow> out = new ArrayList<>();
      for (MRow r : rows(t, key)) {
        if (matches(r.fields(), cond)) {
          out.add(r);
        }
      }
      if (cond.count() < 0) {
        return out;
      }
      int from = Math.min(cond.offset(), out.size());
      int to = Math.min(from + cond.count(), out.size());
      return new ArrayList<>(out.subList(from, to));
    }

    private static boolean matches(Map<String, String> fields, Cond cond) {
      for (Pred p : cond.preds()) {
        String v = fields.get(p.field());
        if (v == null) {
          return false;
        }
        boolean ok;
        if (p.op() == Condition.Op.EQ || p.op() == Condition.Op.NE) {
          ok = v.equals(p.value()) == (p.op() == Condition.Op.EQ);
        } else {
          long actual;
          try {
            actual = v.isEmpty() ? 0 : Long.parseLong(v);
          } catch (NumberFormatException e) {
            return false;
          }
          long bound = Long.parseLong(p.value());
          ok =
              switch (p.op()) {
                case GT -> actual > bound;
                case GE -> actual >= bound;
                case LT -> actual < bound;
                default -> actual <= bound;
              };
        }
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    private static Map<String, Map<String, List<MRow>>> copy(
        Map<String, Map<String, List<MRow>>> s) {
      Map<String, Map<String, List<MRow>>> out = new HashMap<>();
      s.forEach(
          (t, byKey) -> {
            Map<String, List<MRow>> k2 = new HashMap<>();
            byKey.forEach(
                (k, rows) -> {
                  List<MRow> copy = new ArrayList<>();
                  rows.forEach(r -> copy.add(new MRow(new TreeMap<>(r.fields()), r.fresh())));
                  k2.put(k, copy);
                });
            out.put(t, k2);
          });
      return out;
    }
  }
}
