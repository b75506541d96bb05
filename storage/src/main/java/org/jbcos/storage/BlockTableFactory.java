package org.jbcos.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbcos.crypto.HashFunction;

/**
 * The tables of one block over a {@link TableStorage}: 2.x's MemoryTableFactory2. Execute the
 * block's transactions through {@link #openTable}, take the {@link #stateRoot()} for the header,
 * then {@link #commit()} once: the backend stores the whole block or nothing.
 *
 * <p>Commit is synchronous: when it returns the block is in the backend (in the RocksDB WAL or the
 * MariaDB transaction log). There is deliberately no asynchronous write-back as in 2.x's
 * CachedStorage, so a block that consensus considers committed cannot be lost by a crash.
 *
 * <p>Concurrency (DAG-parallel execution): any number of threads may read and write at once; each
 * table locks per key, the change log behind {@link #savepoint()} belongs to the calling thread,
 * and the schema cache is invalidated by generation. Results equal those of one thread as long as
 * concurrent transactions touch disjoint keys (creating tables of distinct names counts as
 * disjoint). {@link #stateRoot()}, {@link #commit()} and {@link #changes()} are for after the
 * transactions are done.
 */
public final class BlockTableFactory implements TableFactory {
  private final TableStorage storage;
  private final HashFunction hash;
  private final long blockNumber;
  private final Map<String, MemoryTable> tables = new ConcurrentHashMap<>();

  /**
   * Schemas read from {@code _sys_tables_} in this block, absent tables included, each tagged with
   * the {@link #schemaGeneration} it was read in. Any write to {@code _sys_tables_}, or a rollback
   * of one, starts a new generation, so a creation undone by a savepoint rollback (or a schema read
   * while another thread wrote) is never served from here.
   */
  private final Map<String, CachedSchema> schemas = new ConcurrentHashMap<>();

  private final AtomicLong schemaGeneration = new AtomicLong();

  private record CachedSchema(long generation, Optional<TableInfo> info) {}

  /** Each thread's change log (not a ThreadLocal: those would pile up in threads, one a block). */
  private final Map<Thread, List<Change>> logs = new ConcurrentHashMap<>();

  private volatile boolean closed;

  /**
   * @param hash the chain's hash (Keccak-256, or SM3 on SM chains): 2.9 hashes the state with it
   */
  public BlockTableFactory(TableStorage storage, HashFunction hash, long blockNumber) {
    this.storage = storage;
    this.hash = hash;
    this.blockNumber = blockNumber;
  }

  @Override
  public long blockNumber() {
    return blockNumber;
  }

  @Override
  public Optional<Table> openTable(String name) {
    MemoryTable t = tables.get(name);
    if (t != null && SystemTables.isBuiltIn(name)) {
      return Optional.of(t);
    }
    // a creation in this block may have been rolled back, or redone with another schema
    Optional<TableInfo> info = schemaOf(name);
    if (info.isEmpty()) {
      return Optional.empty();
    }
    TableInfo schema = info.get();
    if (t != null && (t.info() == schema || t.info().equals(schema))) {
      return Optional.of(t);
    }
    return Optional.of(
        tables.compute(
            name,
            (n, old) ->
                old != null && old.info().equals(schema) ? old : new MemoryTable(this, schema)));
  }

  @Override
  public Table createTable(String name, String keyField, List<String> valueFields) {
    NamingRules.checkTableName(name);
    NamingRules.checkFields(keyField, valueFields);
    MemoryTable sysTables = system(SystemTables.TABLES);
    synchronized (sysTables) {
      if (SystemTables.isBuiltIn(name) || schemaOf(name).isPresent()) {
        throw new TableException(ErrorCode.TABLE_NAME_ALREADY_EXISTS, name);
      }
      sysTables.insert(
          name,
          Entry.of(
              SystemTables.KEY_FIELD_FIELD,
              keyField,
              SystemTables.VALUE_FIELD_FIELD,
              String.join(",", valueFields)));
    }
    return openTable(name).orElseThrow();
  }

  @Override
  public int savepoint() {
    return log().size();
  }

  @Override
  public void rollback(int savepoint) {
    List<Change> log = log();
    if (savepoint < 0 || savepoint > log.size()) {
      throw new IllegalArgumentException(
          "savepoint " + savepoint + " is not in this thread's change log of " + log.size());
    }
    while (log.size() > savepoint) {
      Change c = log.remove(log.size() - 1);
      synchronized (c.lock()) {
        c.undo();
      }
      schemasMayHaveChanged(c);
    }
  }

  /**
   * The block's state root (2.9 dbHash): see {@link StateRoot}. Deterministic whatever the order or
   * threads the writes came from, as long as the same writes survive.
   */
  public byte[] stateRoot() {
    List<MemoryTable> hashed = new ArrayList<>();
    for (MemoryTable t : tables.values()) {
      if (t.info().hashed() && t.written()) {
        hashed.add(t);
      }
    }
    hashed.sort((a, b) -> a.info().name().compareTo(b.info().name()));
    List<byte[]> hashes = new ArrayList<>(hashed.size());
    for (MemoryTable t : hashed) {
      hashes.add(t.hash(hash));
    }
    return StateRoot.blockRoot(hash, hashes);
  }

  /**
   * Gives new rows their {@code _id_}, records the last id in {@code _sys_current_state_} and
   * writes the block to the backend in one atomic commit. The factory is unusable afterwards.
   *
   * @throws StorageException if the backend failed: stop the node
   */
  public synchronized void commit() {
    checkOpen();
    List<TableChanges> changes = changes();
    closed = true;
    storage.commit(blockNumber, changes);
  }

  /** What {@link #commit()} would write; ids are given out in table-name order. */
  synchronized List<TableChanges> changes() {
    List<MemoryTable> written = new ArrayList<>();
    for (MemoryTable t : tables.values()) {
      if (t.written()) {
        written.add(t);
      }
    }
    written.sort((a, b) -> a.info().name().compareTo(b.info().name()));
    TableInfo currentState = SystemTables.info(SystemTables.CURRENT_STATE).orElseThrow();
    List<Row> idRows = storage.select(currentState, SystemTables.KEY_CURRENT_ID);
    long[] nextId = {idRows.isEmpty() ? 0 : parseId(idRows.get(0))};

    Map<String, List<Row>> rowsByTable = new LinkedHashMap<>();
    Map<String, TableInfo> infos = new LinkedHashMap<>();
    for (MemoryTable t : written) {
      List<Row> rows = t.dump(blockNumber, nextId);
      if (!rows.isEmpty()) {
        rowsByTable.put(t.info().name(), rows);
        infos.put(t.info().name(), t.info());
      }
    }
    // the id row is not hashed and takes no id of its own unless it is new (the first block)
    long idRowId = idRows.isEmpty() ? ++nextId[0] : idRows.get(0).id();
    Row idRow =
        new Row(
            idRowId,
            blockNumber,
            false,
            Entry.of("key", SystemTables.KEY_CURRENT_ID, "value", Long.toString(nextId[0])));
    rowsByTable.computeIfAbsent(currentState.name(), n -> new ArrayList<>()).add(idRow);
    infos.putIfAbsent(currentState.name(), currentState);

    List<TableChanges> out = new ArrayList<>(rowsByTable.size());
    List<String> names = new ArrayList<>(rowsByTable.keySet());
    names.sort(String::compareTo);
    for (String name : names) {
      out.add(new TableChanges(infos.get(name), rowsByTable.get(name)));
    }
    return out;
  }

  TableStorage storage() {
    return storage;
  }

  private List<Change> log() {
    Thread t = Thread.currentThread();
    List<Change> log = logs.get(t);
    if (log == null) {
      log = new ArrayList<>();
      logs.put(t, log);
    }
    return log;
  }

  /** Called by a table after its write is applied (under the table's lock). */
  void record(Change change) {
    log().add(change);
    schemasMayHaveChanged(change);
  }

  private void schemasMayHaveChanged(Change change) {
    if (change.table().info().name().equals(SystemTables.TABLES)) {
      schemaGeneration.incrementAndGet();
      schemas.clear();
    }
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("block " + blockNumber + " is already committed");
    }
  }

  private MemoryTable system(String name) {
    return (MemoryTable) openTable(name).orElseThrow();
  }

  private Optional<TableInfo> schemaOf(String name) {
    if (SystemTables.isBuiltIn(name)) {
      return SystemTables.info(name);
    }
    // read the generation first: a schema read under an older one is never served
    long generation = schemaGeneration.get();
    CachedSchema cached = schemas.get(name);
    if (cached != null && cached.generation() == generation) {
      return cached.info();
    }
    Optional<TableInfo> info = readSchema(name);
    schemas.put(name, new CachedSchema(generation, info));
    return info;
  }

  private Optional<TableInfo> readSchema(String name) {
    if (name.isEmpty()
        || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            > NamingRules.KEY_MAX_LENGTH) {
      return Optional.empty();
    }
    List<Entry> rows = system(SystemTables.TABLES).select(name);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Entry schema = rows.get(0);
    String values = schema.getOrEmpty(SystemTables.VALUE_FIELD_FIELD);
    List<String> valueFields = values.isEmpty() ? List.of() : Arrays.asList(values.split(",", -1));
    return Optional.of(
        TableInfo.of(name, schema.getOrEmpty(SystemTables.KEY_FIELD_FIELD), valueFields));
  }

  private static long parseId(Row row) {
    try {
      return Long.parseLong(row.fields().getOrEmpty("value"));
    } catch (NumberFormatException e) {
      throw new StorageException("corrupt _sys_current_state_.current_id: " + row, e);
    }
  }
}
