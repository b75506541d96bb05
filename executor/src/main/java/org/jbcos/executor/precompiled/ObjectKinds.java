package org.jbcos.executor.precompiled;

import org.jbcos.crypto.HashFunction;

/**
 * The kinds of temporary objects of Table.sol with their functions under one chain's selectors,
 * built once when the system contracts are registered.
 */
final class ObjectKinds {
  private final ObjectKind<EntryObject> entry;
  private final ObjectKind<ConditionObject> condition;
  private final ObjectKind<EntriesObject> entries;
  private final ObjectKind<TableObject> table;
  private final ObjectKind<KvTableObject> kvTable;

  ObjectKinds(HashFunction hash) {
    this.entry = EntryObject.kind(hash);
    this.condition = ConditionObject.kind(hash);
    this.entries = EntriesObject.kind(hash, entry);
    this.table = TableObject.kind(hash, this);
    this.kvTable = KvTableObject.kind(hash, this);
  }

  ObjectKind<EntryObject> entry() {
    return entry;
  }

  ObjectKind<ConditionObject> condition() {
    return condition;
  }

  ObjectKind<EntriesObject> entries() {
    return entries;
  }

  ObjectKind<TableObject> table() {
    return table;
  }

  ObjectKind<KvTableObject> kvTable() {
    return kvTable;
  }
}
