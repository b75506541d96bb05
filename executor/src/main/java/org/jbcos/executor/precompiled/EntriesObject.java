package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Entry;

/**
 * An Entries object of Table.sol: the rows a select found. {@code get(i)} makes an Entry object of
 * row i (an index out of range fails the call); {@code size()} counts them.
 */
final class EntriesObject {
  private final List<Entry> rows;

  EntriesObject(List<Entry> rows) {
    this.rows = List.copyOf(rows);
  }

  static ObjectKind<EntriesObject> kind(HashFunction hash, ObjectKind<EntryObject> entries) {
    return new ObjectKind<>(
        "Entries",
        List.of(
            ObjectFunction.<EntriesObject>reading(
                "get(int256) returns (address)",
                hash,
                (o, c) -> {
                  BigInteger i = c.integer(0);
                  if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(o.rows.size())) >= 0) {
                    throw new CallFailure("entry " + i + " of " + o.rows.size());
                  }
                  return new Object[] {
                    entries.create(c, EntryObject.of(o.rows.get(i.intValueExact())))
                  };
                }),
            ObjectFunction.<EntriesObject>reading(
                "size() returns (int256)",
                hash,
                (o, c) -> new Object[] {BigInteger.valueOf(o.rows.size())})));
  }
}
