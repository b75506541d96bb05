package org.jbcos.executor;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.evm.Word;
import org.jbcos.evm.worldstate.WorldState;
import org.jbcos.executor.precompiled.AccountRows;
import org.jbcos.executor.precompiled.TableAccess;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableFactory;

/**
 * The EVM's accounts stored as FISCO 2.x "storage state" (node-design.md §4.4): one table {@code
 * c_<address>} per account, key field {@code key}, value field {@code value}, with rows {@code
 * balance}, {@code nonce} (decimal), {@code code}, {@code codeHash} (raw bytes), {@code alive}, and
 * one row per storage slot keyed by the slot's decimal value. Snapshots are the block's table
 * savepoints, so a reverted call undoes its rows like any table write.
 */
public final class StorageWorldState implements WorldState {
  static final String KEY = "key";
  static final String VALUE = "value";
  static final String BALANCE = "balance";
  static final String NONCE = "nonce";
  static final String CODE = "code";
  static final String CODE_HASH = "codeHash";
  static final String ALIVE = "alive";

  private final TableFactory tables;
  private final HashFunction hash;
  private final byte[] emptyCodeHash;

  public StorageWorldState(TableFactory tables, HashFunction hash) {
    this.tables = tables;
    this.hash = hash;
    this.emptyCodeHash = hash.hash(new byte[0]);
  }

  /** The block's tables this state reads and writes; FISCO's system contracts write them too. */
  public TableFactory tables() {
    return tables;
  }

  /** {@code c_} followed by the lowercase hex address without 0x, as FISCO names them. */
  public static String tableName(Address address) {
    return "c_" + Hex.encode(address.toBytes());
  }

  /** Table names of the accounts seen; an instance serves one block or one call. */
  private final Map<Address, String> names = new ConcurrentHashMap<>();

  private Optional<Table> table(Address address) {
    return tables.openTable(cachedTableName(address));
  }

  /**
   * Decimal row keys of the slots seen: a transaction reads then writes the same slots, and one
   * String per slot keeps its hash code for the table's maps.
   */
  private final Map<Word, String> slotKeys = new ConcurrentHashMap<>();

  private String slotKey(Word slot) {
    return slotKeys.computeIfAbsent(slot, Decimal::of);
  }

  private String cachedTableName(Address address) {
    return names.computeIfAbsent(address, StorageWorldState::tableName);
  }

  /** Per-account locks for what concurrent transactions may do to one account: create it. */
  private final Map<Address, Object> accountLocks = new ConcurrentHashMap<>();

  private Object lockOf(Address address) {
    return accountLocks.computeIfAbsent(address, a -> new Object());
  }

  private Table tableOrCreate(Address address) {
    Optional<Table> t = table(address);
    if (t.isPresent()) {
      return t.get();
    }
    synchronized (lockOf(address)) {
      return table(address).orElseGet(() -> create(address));
    }
  }

  private Table create(Address address) {
    Table created = tables.createTable(cachedTableName(address), KEY, List.of(VALUE));
    created.insert(BALANCE, text("0"));
    created.insert(NONCE, text("0"));
    created.insert(CODE, Entry.builder().set(VALUE, new byte[0]).build());
    created.insert(CODE_HASH, Entry.builder().set(VALUE, emptyCodeHash).build());
    created.insert(ALIVE, text("true"));
    return created;
  }

  private static Entry text(String value) {
    return Entry.of(VALUE, value);
  }

  private static Optional<byte[]> read(Table t, String key) {
    List<Entry> rows = t.select(key, Condition.all());
    return rows.isEmpty() ? Optional.empty() : rows.get(0).bytes(VALUE);
  }

  private static Optional<String> readText(Table t, String key) {
    return read(t, key).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  private static void write(Table t, String key, Entry value) {
    if (t.update(key, value, Condition.all()) == 0) {
      t.insert(key, value);
    }
  }

  @Override
  public boolean exists(Address address) {
    return table(address).isPresent();
  }

  @Override
  public void ensureAccount(Address address) {
    tableOrCreate(address);
  }

  @Override
  public void createContractAccount(Address address) {
    Table t = tableOrCreate(address);
    write(t, NONCE, text("0"));
    write(t, CODE, Entry.builder().set(VALUE, new byte[0]).build());
    write(t, CODE_HASH, Entry.builder().set(VALUE, emptyCodeHash).build());
    write(t, ALIVE, text("true"));
  }

  /** FISCO's kill: the table stays, with nonce, balance and code reset and alive=false. */
  @Override
  public void deleteAccount(Address address) {
    table(address)
        .ifPresent(
            t -> {
              write(t, BALANCE, text("0"));
              write(t, NONCE, text("0"));
              write(t, CODE, Entry.builder().set(VALUE, new byte[0]).build());
              write(t, CODE_HASH, Entry.builder().set(VALUE, emptyCodeHash).build());
              write(t, ALIVE, text("false"));
            });
  }

  @Override
  public BigInteger balance(Address address) {
    return table(address)
        .flatMap(t -> readText(t, BALANCE))
        .map(BigInteger::new)
        .orElse(BigInteger.ZERO);
  }

  @Override
  public void setBalance(Address address, BigInteger balance) {
    write(tableOrCreate(address), BALANCE, text(balance.toString()));
  }

  @Override
  public long nonce(Address address) {
    return table(address)
        .flatMap(t -> readText(t, NONCE))
        .map(n -> new BigInteger(n).longValue())
        .orElse(0L);
  }

  @Override
  public void setNonce(Address address, long nonce) {
    write(tableOrCreate(address), NONCE, text(Long.toUnsignedString(nonce)));
  }

  /**
   * Atomic per account: transactions of one sender may run in parallel (every call increments the
   * sender's nonce; the increments commute, and nothing in a transaction reads an account's nonce
   * except a deployment, which runs alone).
   */
  @Override
  public void incrementNonce(Address address) {
    synchronized (lockOf(address)) {
      setNonce(address, nonce(address) + 1);
    }
  }

  @Override
  public byte[] code(Address address) {
    return table(address).flatMap(t -> read(t, CODE)).orElse(new byte[0]);
  }

  @Override
  public Word codeHash(Address address) {
    Optional<Table> t = table(address);
    if (t.isEmpty()) {
      return Word.ZERO;
    }
    return Word.fromBytes(read(t.get(), CODE_HASH).orElse(emptyCodeHash));
  }

  @Override
  public void setCode(Address address, byte[] code) {
    Table t = tableOrCreate(address);
    write(t, CODE, Entry.builder().set(VALUE, code).build());
    write(t, CODE_HASH, Entry.builder().set(VALUE, hash.hash(code)).build());
  }

  @Override
  public Word storage(Address address, Word key) {
    return table(address)
        .flatMap(t -> readText(t, slotKey(key)))
        .map(Decimal::parse)
        .orElse(Word.ZERO);
  }

  /** Slots are rows keyed by decimal numbers; any such row counts, whatever its value. */
  @Override
  public boolean hasStorage(Address address) {
    // the table API reads by key only; storage-state creation clears nothing (FISCO does not
    // check storage for collisions either, see GasSchedule.fisco())
    return false;
  }

  @Override
  public void setStorage(Address address, Word key, Word value) {
    Table t = tableOrCreate(address);
    String slot = slotKey(key);
    if (value.isZero()) {
      t.remove(slot, Condition.all());
    } else {
      write(t, slot, text(Decimal.of(value)));
    }
  }

  /** FISCO: deploying writes {@code _sys_tables_}, so its whitelist decides. */
  @Override
  public boolean mayCreateContracts(Address origin) {
    return TableAccess.allows(tables, SystemTables.TABLES, origin, tables.blockNumber());
  }

  /**
   * Whitelists of contract storage, read once per contract: FISCO too reads a table's whitelist
   * once per block, and SSTORE is hot.
   */
  private final Map<Address, Set<String>> storageWriters = new ConcurrentHashMap<>();

  /** FISCO: the contract's table whitelist (Permission.grantWrite) decides. */
  @Override
  public boolean mayWriteStorage(Address origin, Address contract) {
    Set<String> writers =
        storageWriters.computeIfAbsent(
            contract, c -> TableAccess.whitelist(tables, cachedTableName(c), tables.blockNumber()));
    return TableAccess.allows(writers, origin);
  }

  @Override
  public boolean isFrozen(Address account) {
    return table(account).map(AccountRows::isFrozen).orElse(false);
  }

  @Override
  public void contractCreated(Address contract, Address creator, Address origin) {
    AccountRows.recordCreators(tables, contract, creator, origin);
  }

  @Override
  public void touch(Address address) {
    // FISCO keeps empty accounts: nothing to track
  }

  @Override
  public Collection<Address> touchedAccounts() {
    return List.of();
  }

  @Override
  public void clearTouched() {
    // nothing tracked
  }

  @Override
  public int snapshot() {
    return tables.savepoint();
  }

  @Override
  public void revertToSnapshot(int snapshot) {
    tables.rollback(snapshot);
  }

  @Override
  public void releaseSnapshot(int snapshot) {
    // table savepoints need no release: the change log is kept until the block ends
  }
}
