package org.jbcos.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbcos.crypto.HashFunction;

/**
 * A table during one block: rows read from the backend (loaded once per key), the stored rows the
 * block touched ("dirty"), and the rows it inserted. Every method holds the table's lock, but
 * backend reads happen outside it.
 *
 * <p>As in 2.x, a stored row stays dirty after a rollback of the update or remove that touched it
 * (with its old values restored), and a table stays written once a write call succeeded on it: both
 * still count in the state root and in the commit.
 */
final class MemoryTable implements Table {
  private final BlockTableFactory factory;
  private final TableInfo info;

  private final Map<String, List<MutableRow>> stored = new HashMap<>();
  private final Map<Long, MutableRow> dirty = new HashMap<>();
  private final Map<String, List<MutableRow>> fresh = new HashMap<>();
  private boolean written;

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
    List<MutableRow> storedRows = load(key);
    synchronized (this) {
      List<MutableRow> rows = matching(key, storedRows, condition);
      List<Entry> out = new ArrayList<>(rows.size());
      for (MutableRow r : rows) {
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
    synchronized (this) {
      fresh.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      written = true;
      factory.record(new Change.Insert(this, row));
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
    List<MutableRow> storedRows = load(key);
    synchronized (this) {
      List<MutableRow> rows = matching(key, storedRows, condition);
      List<Change.FieldValue> old = new ArrayList<>(rows.size() * entry.size());
      for (MutableRow r : rows) {
        markDirty(r);
        for (String name : entry.names()) {
          old.add(new Change.FieldValue(r, name, r.fields.get(name)));
          r.set(name, entry.raw(name));
        }
      }
      written = true;
      factory.record(new Change.Update(this, old));
      return rows.size();
    }
  }

  @Override
  public int remove(String key, Condition condition) {
    NamingRules.checkKey(key);
    checkWritableKey(key);
    condition.check(info);
    factory.checkOpen();
    List<MutableRow> storedRows = load(key);
    synchronized (this) {
      List<MutableRow> rows = matching(key, storedRows, condition);
      for (MutableRow r : rows) {
        r.removed = true;
        markDirty(r);
      }
      written = true;
      factory.record(new Change.Remove(this, rows));
      return rows.size();
    }
  }

  synchronized boolean written() {
    return written;
  }

  /** This table's contribution to the state root. */
  synchronized byte[] hash(HashFunction hashFunction) {
    return StateRoot.tableHash(hashFunction, sortedDirty(), sortedFresh());
  }

  /** The rows to store: dirty rows with their ids, then new rows with ids from {@code nextId}. */
  synchronized List<Row> dump(long blockNumber, long[] nextId) {
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
    for (List<MutableRow> perKey : fresh.values()) {
      for (MutableRow r : perKey) {
        if (!r.discarded) {
          rows.add(r);
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
  private List<MutableRow> matching(String key, List<MutableRow> storedRows, Condition c) {
    List<MutableRow> out = new ArrayList<>();
    for (MutableRow r : storedRows) {
      if (r.visible() && c.matches(r.fields)) {
        out.add(r);
      }
    }
    List<MutableRow> added = fresh.get(key);
    if (added != null) {
      for (MutableRow r : added) {
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

  /** The stored rows of a key, read from the backend the first time this block asks. */
  private List<MutableRow> load(String key) {
    synchronized (this) {
      List<MutableRow> rows = stored.get(key);
      if (rows != null) {
        return rows;
      }
    }
    List<Row> fromBackend = factory.storage().select(info, key);
    List<MutableRow> rows = new ArrayList<>(fromBackend.size());
    for (Row r : fromBackend) {
      rows.add(MutableRow.of(r, info));
    }
    synchronized (this) {
      // another thread may have loaded it meanwhile: keep the first, it may already be dirty
      return stored.computeIfAbsent(key, k -> rows);
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
