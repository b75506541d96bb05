package org.jbcos.evm.worldstate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.Address;
import org.jbcos.evm.Word;

/**
 * A journaled in-memory world state for tests, the state-test runner and {@code jbcos evm run}.
 * Every mutation pushes an undo action; a snapshot is a position in the journal.
 */
public final class InMemoryWorldState implements WorldState {
  /** One account; mutable inside this class only. */
  public static final class Account {
    BigInteger balance = BigInteger.ZERO;
    long nonce;
    byte[] code = new byte[0];
    Word codeHash;
    Map<Word, Word> storage = new HashMap<>();

    Account copy() {
      Account a = new Account();
      a.balance = balance;
      a.nonce = nonce;
      a.code = code;
      a.codeHash = codeHash;
      a.storage = new HashMap<>(storage);
      return a;
    }

    public BigInteger balance() {
      return balance;
    }

    public long nonce() {
      return nonce;
    }

    public byte[] code() {
      return code.clone();
    }

    /** Non-zero storage slots in key order. */
    public Map<Word, Word> storage() {
      Map<Word, Word> sorted = new TreeMap<>();
      storage.forEach(
          (k, v) -> {
            if (!v.isZero()) {
              sorted.put(k, v);
            }
          });
      return Collections.unmodifiableMap(sorted);
    }
  }

  private static final Address RIPEMD160 = Address.ofLong(3);

  private final HashFunction hash;
  private final Map<Address, Account> accounts = new HashMap<>();
  private final Set<Address> touched = new HashSet<>();
  private final List<Runnable> journal = new ArrayList<>();
  private int[] openSnapshots = new int[16];
  private int openCount;

  public InMemoryWorldState(HashFunction hash) {
    this.hash = hash;
  }

  /** Direct access for test set-up and result inspection; changes here are not journaled. */
  public Map<Address, Account> accounts() {
    return Collections.unmodifiableMap(accounts);
  }

  @Override
  public Set<Address> touchedAccounts() {
    return Collections.unmodifiableSet(new HashSet<>(touched));
  }

  @Override
  public void clearTouched() {
    touched.clear();
  }

  private Account get(Address a) {
    return accounts.get(a);
  }

  private Account getOrCreate(Address a) {
    Account acc = accounts.get(a);
    if (acc == null) {
      acc = new Account();
      accounts.put(a, acc);
      journal.add(() -> accounts.remove(a));
    }
    touch(a);
    return acc;
  }

  @Override
  public boolean exists(Address address) {
    return accounts.containsKey(address);
  }

  @Override
  public void ensureAccount(Address address) {
    getOrCreate(address);
  }

  @Override
  public void createContractAccount(Address address) {
    Account old = accounts.get(address);
    touch(address);
    Account fresh = new Account();
    if (old != null) {
      fresh.balance = old.balance;
    }
    accounts.put(address, fresh);
    journal.add(
        () -> {
          if (old == null) {
            accounts.remove(address);
          } else {
            accounts.put(address, old);
          }
        });
  }

  @Override
  public void deleteAccount(Address address) {
    Account old = accounts.remove(address);
    if (old != null) {
      journal.add(() -> accounts.put(address, old));
    }
  }

  @Override
  public BigInteger balance(Address address) {
    Account a = get(address);
    return a == null ? BigInteger.ZERO : a.balance;
  }

  @Override
  public void setBalance(Address address, BigInteger balance) {
    Account a = getOrCreate(address);
    BigInteger old = a.balance;
    a.balance = balance;
    journal.add(() -> a.balance = old);
  }

  @Override
  public long nonce(Address address) {
    Account a = get(address);
    return a == null ? 0 : a.nonce;
  }

  @Override
  public void setNonce(Address address, long nonce) {
    Account a = getOrCreate(address);
    long old = a.nonce;
    a.nonce = nonce;
    journal.add(() -> a.nonce = old);
  }

  @Override
  public byte[] code(Address address) {
    Account a = get(address);
    return a == null ? new byte[0] : a.code;
  }

  @Override
  public int codeSize(Address address) {
    Account a = get(address);
    return a == null ? 0 : a.code.length;
  }

  @Override
  public Word codeHash(Address address) {
    Account a = get(address);
    if (a == null) {
      return Word.ZERO;
    }
    if (a.codeHash == null) {
      a.codeHash = Word.fromBytes(hash.hash(a.code));
    }
    return a.codeHash;
  }

  @Override
  public void setCode(Address address, byte[] code) {
    Account a = getOrCreate(address);
    byte[] old = a.code;
    Word oldHash = a.codeHash;
    a.code = code.clone();
    a.codeHash = null;
    journal.add(
        () -> {
          a.code = old;
          a.codeHash = oldHash;
        });
  }

  @Override
  public Word storage(Address address, Word key) {
    Account a = get(address);
    if (a == null) {
      return Word.ZERO;
    }
    return a.storage.getOrDefault(key, Word.ZERO);
  }

  @Override
  public boolean hasStorage(Address address) {
    Account a = get(address);
    if (a == null) {
      return false;
    }
    for (Word v : a.storage.values()) {
      if (!v.isZero()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void setStorage(Address address, Word key, Word value) {
    Account a = getOrCreate(address);
    Word old = a.storage.put(key, value);
    journal.add(
        () -> {
          if (old == null) {
            a.storage.remove(key);
          } else {
            a.storage.put(key, old);
          }
        });
  }

  @Override
  public void touch(Address address) {
    // Ethereum mainnet quirk kept by the reference tests: a touch of 0x03 (RIPEMD-160) survives
    // the revert of the frame that made it (geth journal.go, "ripemd" special case).
    if (touched.add(address) && !address.equals(RIPEMD160)) {
      journal.add(() -> touched.remove(address));
    }
  }

  @Override
  public int snapshot() {
    int id = journal.size();
    if (openCount == openSnapshots.length) {
      openSnapshots = java.util.Arrays.copyOf(openSnapshots, openCount * 2);
    }
    openSnapshots[openCount++] = id;
    return id;
  }

  @Override
  public void revertToSnapshot(int snapshot) {
    closeSnapshot(snapshot);
    for (int i = journal.size() - 1; i >= snapshot; i--) {
      journal.remove(i).run();
    }
  }

  @Override
  public void releaseSnapshot(int snapshot) {
    closeSnapshot(snapshot);
    if (openCount == 0) {
      journal.clear();
    }
  }

  private void closeSnapshot(int snapshot) {
    if (openCount == 0 || openSnapshots[openCount - 1] != snapshot) {
      throw new IllegalStateException("snapshot " + snapshot + " is not the innermost open one");
    }
    openCount--;
  }

  /** Deep copy, for running the same pre-state several times. */
  public InMemoryWorldState copy() {
    InMemoryWorldState c = new InMemoryWorldState(hash);
    accounts.forEach((k, v) -> c.accounts.put(k, v.copy()));
    return c;
  }

  /** Test set-up without journaling. */
  public void putAccount(
      Address address, BigInteger balance, long nonce, byte[] code, Map<Word, Word> storage) {
    Account a = new Account();
    a.balance = balance;
    a.nonce = nonce;
    a.code = code.clone();
    a.storage = new HashMap<>(storage);
    accounts.put(address, a);
  }
}
