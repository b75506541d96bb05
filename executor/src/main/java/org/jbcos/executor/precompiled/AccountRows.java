package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Optional;
import org.jbcos.evm.Address;
import org.jbcos.executor.StorageWorldState;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableFactory;

/**
 * The governance rows of an account's {@code c_<address>} table (node-design.md §4.4): {@code
 * frozen} ("true"/"false", missing = not frozen) and one {@code authority} row per manager of a
 * contract, holding the manager's address as 40 lowercase hex digits without "0x".
 */
public final class AccountRows {
  static final String VALUE = "value";
  static final String FROZEN = "frozen";
  static final String AUTHORITY = "authority";
  private static final String CODE = "code";

  /** What an address holds, as ContractLifeCycle and ChainGovernance see it. */
  public enum Status {
    AVAILABLE,
    FROZEN,
    /** No account table at the address. */
    NONEXISTENT,
    /** An account without code where a contract was expected (or with code, for an account). */
    WRONG_KIND
  }

  private AccountRows() {}

  public static Optional<Table> table(TableFactory tables, Address address) {
    return tables.openTable(StorageWorldState.tableName(address));
  }

  /** The status of a contract: WRONG_KIND when the address has no code. */
  public static Status contractStatus(TableFactory tables, Address contract) {
    return status(tables, contract, true);
  }

  /** The status of an external account: WRONG_KIND when the address has code. */
  public static Status externalAccountStatus(TableFactory tables, Address account) {
    return status(tables, account, false);
  }

  private static Status status(TableFactory tables, Address address, boolean contract) {
    Optional<Table> t = table(tables, address);
    if (t.isEmpty()) {
      return Status.NONEXISTENT;
    }
    boolean hasCode =
        t.get().select(CODE, Condition.all()).stream()
            .anyMatch(row -> row.bytes(VALUE).map(b -> b.length > 0).orElse(false));
    if (hasCode != contract) {
      return Status.WRONG_KIND;
    }
    return isFrozen(t.get()) ? Status.FROZEN : Status.AVAILABLE;
  }

  public static boolean isFrozen(Table account) {
    List<Entry> rows = account.select(FROZEN, Condition.all());
    return !rows.isEmpty() && rows.get(0).getOrEmpty(VALUE).equals("true");
  }

  /** Writes the {@code frozen} row; returns the rows written (1). */
  static int setFrozen(Table account, boolean frozen) {
    Entry row = Entry.of(VALUE, Boolean.toString(frozen));
    int updated = account.update(FROZEN, row, Condition.all());
    return updated != 0 ? updated : account.insert(FROZEN, row);
  }

  /** The managers of a contract, as stored (hex without "0x"). */
  public static List<String> authorities(Table contract) {
    return contract.select(AUTHORITY, Condition.all()).stream()
        .map(row -> row.getOrEmpty(VALUE))
        .toList();
  }

  static boolean isAuthority(Table contract, Address account) {
    return authorities(contract).contains(hex(account));
  }

  static int addAuthority(Table contract, Address manager) {
    return contract.insert(AUTHORITY, Entry.of(VALUE, hex(manager)));
  }

  static int removeAuthority(Table contract, Address manager) {
    return contract.remove(AUTHORITY, Condition.all().eq(VALUE, hex(manager)));
  }

  /**
   * Records the managers of a contract just created: the transaction's origin, and when a contract
   * created it, the creating contract's managers too (FISCO 2.3+ {@code
   * grantContractStatusManager}).
   */
  public static void recordCreators(
      TableFactory tables, Address contract, Address creator, Address origin) {
    Optional<Table> created = table(tables, contract);
    if (created.isEmpty()) {
      return;
    }
    addAuthority(created.get(), origin);
    if (creator.equals(origin)) {
      return;
    }
    String originHex = hex(origin);
    for (String inherited :
        table(tables, creator).map(AccountRows::authorities).orElse(List.of())) {
      if (!inherited.equals(originHex)) {
        created.get().insert(AUTHORITY, Entry.of(VALUE, inherited));
      }
    }
  }

  /** An address as FISCO's {@code Address::hex()} prints it: 40 lowercase hex digits. */
  static String hex(Address address) {
    return address.toHex().substring(2);
  }

  /** An address as FISCO's {@code Address::hexPrefixed()} prints it. */
  static String hexPrefixed(Address address) {
    return address.toHex();
  }
}
