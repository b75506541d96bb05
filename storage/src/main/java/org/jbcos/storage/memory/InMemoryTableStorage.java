package org.jbcos.storage.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jbcos.storage.KeyOrder;
import org.jbcos.storage.Row;
import org.jbcos.storage.TableChanges;
import org.jbcos.storage.TableInfo;
import org.jbcos.storage.TableStorage;

/** A backend in the heap: for tests, tools and the reference the other backends must match. */
public final class InMemoryTableStorage implements TableStorage {
  private final Map<String, NavigableMap<String, NavigableMap<Long, Row>>> tables = new HashMap<>();
  private long lastCommitted = -1;

  @Override
  public synchronized List<Row> select(TableInfo table, String key) {
    NavigableMap<String, NavigableMap<Long, Row>> rows = tables.get(table.name());
    if (rows == null) {
      return List.of();
    }
    NavigableMap<Long, Row> byId = rows.get(key);
    if (byId == null) {
      return List.of();
    }
    List<Row> out = new ArrayList<>(byId.size());
    for (Row r : byId.values()) {
      if (!r.removed()) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public synchronized void commit(long blockNumber, List<TableChanges> changes) {
    if (blockNumber != lastCommitted + 1) {
      throw new IllegalArgumentException(
          "block " + blockNumber + " does not follow the last committed " + lastCommitted);
    }
    for (TableChanges c : changes) {
      NavigableMap<String, NavigableMap<Long, Row>> rows =
          tables.computeIfAbsent(c.table().name(), n -> new TreeMap<>(KeyOrder.UTF8));
      for (Row r : c.rows()) {
        rows.computeIfAbsent(r.key(c.table()), k -> new TreeMap<>()).put(r.id(), r);
      }
    }
    lastCommitted = blockNumber;
  }

  @Override
  public synchronized long lastCommittedBlock() {
    return lastCommitted;
  }

  @Override
  public synchronized List<Row> scan(TableInfo table) {
    NavigableMap<String, NavigableMap<Long, Row>> rows = tables.get(table.name());
    List<Row> out = new ArrayList<>();
    if (rows != null) {
      rows.values().forEach(byId -> out.addAll(byId.values()));
    }
    return out;
  }

  @Override
  public void close() {}
}
