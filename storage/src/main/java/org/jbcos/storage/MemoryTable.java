package org.jbcos.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jbcos.crypto.HashFunction;

/**
 * A table during one block: rows read from the backend (loaded once per key), the stored rows the
 * block touched ("dirty"), and the rows it inserted. Every read and write holds the lock of its key
 * only, so transactions on different keys of one table (DAG-parallel execution) do not wait for
 * each other; backend reads happen outside any lock.
 *
 * <p>As in 2.x, a stored row stays dirty after a rollback of the update or remove that touched it
 * (with its old values restored), and a table stays written once a write call succeeded on it: both
 * still count in the state root and in the commit. {@link #hash} and {@link #dump} are meant for
 * when the block's transactions are done.
 */
final class MemoryTable implements Table {
  private final BlockTableFactory factory;
  private final TableInfo info;

  /** The rows of each key this block read or wrote; each instance is also its key's lock. */
  private final Map<String, KeyRows> keys = new ConcurrentHashMap<>();

  private final Map<Long, MutableRow> dirty = new ConcurrentHashMap<>();
  private volatile boolean written;

  /** The rows of one key: stored ones (null until loaded from the backend) and inserted ones. */
  private static final class KeyRows {
    List<MutableRow> stored;
    List<MutableRow> fresh;
  }

  MemoryTable(BlockTableFactory factory, TableInfo info) {
    this.factory = factory;
    this.info = info;
  }

  @Override
  public TableInfo info() {
    return info;
  }

  @Override
  public List<Entry> select(String key, Condition condition) {
    NamingRules.checkKey(key);
    condition.check(info);
    factory.checkOpen();
    KeyRows rows = load(key);
    synchronized (rows) {
      List<MutableRow> matching = matching(rows, condition);
      List<Entry> out = new ArrayList<>(matching.size());
      for (MutableRow r : matching) {
        out.add(r.snapshot());
      }
      return out;
    }
  }

  @Override
  public int insert(String key, Entry entry) {
    byte[] keyBytes = NamingRules.checkKey(key);
    checkWritableKey(key);
    TreeMap<String, byte[]> fields = new TreeMap<>();
    for (String name : entry.names()) {
      byte[] v = entry.raw(name);
      if (name.equals(info.keyField())) {
        if (!java.util.Arrays.equals(v, keyBytes)) {
          throw new TableException(
              ErrorCode.INVALID_NAME_OR_FIELD,
              "entry's key field '" + name + "' differs from the key it is inserted under");
        }
        continue;
      }
      checkValueField(name, v);
    }
    fields.put(info.keyField(), keyBytes);
    for (String f : info.valueFields()) {
      byte[] v = entry.raw(f);
      fields.put(f, v == null ? new byte[0] : v);
    }
    factory.checkOpen();
    MutableRow row = new MutableRow(0, key, keyBytes, fields, false);
    KeyRows rows = keys.computeIfAbsent(key, k -> new KeyRows());
    synchronized (rows) {
      if (rows.fresh == null) {
        rows.fresh = new ArrayList<>(1);
      }
      rows.fresh.add(row);
      written = true;
      factory.record(new Change.Insert(this, rows, row));
    }
    return 1;
  }

  @Override
  public int update(String key, Entry entry, Condition condition) {
    NamingRules.checkKey(key);
    checkWritableKey(key);
    condition.check(info);
    for (String name : entry.names()) {
      if (name.equals(info.keyField())) {
        throw new TableException(ErrorCode.UPDATE_KEY_NOT_ALLOWED, info.name() + "." + name);
      }
      checkValueField(name, entry.raw(name));
    }
    factory.checkOpen();
    KeyRows rows = load(key);
    synchronized (rows) {
      List<MutableRow> matching = matching(rows, condition);
      List<Change.FieldValue> old = new ArrayList<>(matching.size() * entry.size());
      for (MutableRow r : matching) {
        markDirty(r);
        for (String name : entry.names()) {
          old.add(new Change.FieldValue(r, name, r.fields.get(name)));
          r.set(name, entry.raw(name));
        }
      }
      written = true;
      factory.record(new Change.Update(this, rows, old));
      return matching.size();
    }
  }

  @Override
  public int remove(String key, Condition condition) {
    NamingRules.checkKey(key);
    checkWritableKey(key);
    condition.check(info);
    factory.checkOpen();
    KeyRows rows = load(key);
    synchronized (rows) {
      List<MutableRow> matching = matching(rows, condition);
      for (MutableRow r : matching) {
        r.removed = true;
        markDirty(r);
      }
      written = true;
      factory.record(new Change.Remove(this, rows, matching));
      return matching.size();
    }
  }

  boolean written() {
    return written;
  }

  /** This table's contribution to the state root. */
  byte[] hash(HashFunction hashFunction) {
    return StateRoot.tableHash(hashFunction, sortedDirty(), sortedFresh());
  }

  /** The rows to store: dirty rows with their ids, then new rows with ids from {@code nextId}. */
  List<Row> dump(long blockNumber, long[] nextId) {
    List<Row> rows = new ArrayList<>();
    for (MutableRow r : sortedDirty()) {
      rows.add(r.toRow(r.id, blockNumber));
    }
    for (MutableRow r : sortedFresh()) {
      rows.add(r.toRow(++nextId[0], blockNumber));
    }
    return rows;
  }

  private List<MutableRow> sortedDirty() {
    List<MutableRow> rows = new ArrayList<>(dirty.values());
    rows.sort(StateRoot.ROW_ORDER);
    return rows;
  }

  private List<MutableRow> sortedFresh() {
    List<MutableRow> rows = new ArrayList<>();
    for (KeyRows perKey : keys.values()) {
      synchronized (perKey) {
        if (perKey.fresh != null) {
          for (MutableRow r : perKey.fresh) {
            if (!r.discarded) {
              rows.add(r);
            }
          }
        }
      }
    }
    rows.sort(StateRoot.ROW_ORDER);
    return rows;
  }

  private void markDirty(MutableRow r) {
    if (r.id != 0) {
      dirty.putIfAbsent(r.id, r);
    }
  }

  /** Visible rows of the key matching the condition, stored rows first, then the limit. */
  private static List<MutableRow> matching(KeyRows rows, Condition c) {
    List<MutableRow> out = new ArrayList<>();
    for (MutableRow r : rows.stored) {
      if (r.visible() && c.matches(r.fields)) {
        out.add(r);
      }
    }
    if (rows.fresh != null) {
      for (MutableRow r : rows.fresh) {
        if (r.visible() && c.matches(r.fields)) {
          out.add(r);
        }
      }
    }
    if (!c.hasLimit()) {
      return out;
    }
    int from = Math.min(c.offset(), out.size());
    int to = (int) Math.min((long) from + c.count(), out.size());
    return out.subList(from, to);
  }

  /** The rows of a key, its stored ones read from the backend the first time this block asks. */
  private KeyRows load(String key) {
    KeyRows rows = keys.computeIfAbsent(key, k -> new KeyRows());
    synchronized (rows) {
      if (rows.stored != null) {
        return rows;
      }
    }
    List<Row> fromBackend = factory.storage().select(info, key);
    List<MutableRow> stored = new ArrayList<>(fromBackend.size());
    for (Row r : fromBackend) {
      stored.add(MutableRow.of(r, info));
    }
    synchronized (rows) {
      // another thread may have loaded it meanwhile: keep the first, it may already be dirty
      if (rows.stored == null) {
        rows.stored = stored;
      }
      return rows;
    }
  }

  private void checkValueField(String name, byte[] value) {
    if (!info.isValueField(name)) {
      throw new TableException(
          ErrorCode.INVALID_NAME_OR_FIELD, "unknown field '" + name + "' of " + info.name());
    }
    NamingRules.checkValue(info, name, value);
  }

  private void checkWritableKey(String key) {
    if (info.name().equals(SystemTables.CURRENT_STATE) && key.equals(SystemTables.KEY_CURRENT_ID)) {
      throw new TableException(
          ErrorCode.NO_AUTHORIZED, "current_id is kept by the storage layer itself");
    }
  }
}
