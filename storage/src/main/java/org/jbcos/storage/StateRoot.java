package org.jbcos.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jbcos.crypto.HashFunction;

/**
 * The 2.9 state root (dbHash) of a block.
 *
 * <p>Per table: the rows already stored that the block touched, then the block's new rows, each
 * group sorted by {@link #ROW_ORDER}; for every row, each hash field's name and value bytes (fields
 * in name order) and then one status byte; the chain's hash of all that. Per block: the hashes of
 * the hashed tables the block wrote, in table-name order, concatenated and hashed again; 32 zero
 * bytes when the block wrote no hashed table.
 */
final class StateRoot {
  static final byte[] ZERO = new byte[32];

  /**
   * 2.x's EntryLessNoLock: {@code _id_}, then key value, then field count, then field name/value
   * pairs in name order. Strings compare as unsigned bytes, as std::string does.
   */
  static final Comparator<MutableRow> ROW_ORDER =
      (a, b) -> {
        if (a.id != b.id) {
          return Long.compare(a.id, b.id);
        }
        int c = Arrays.compareUnsigned(a.keyBytes, b.keyBytes);
        if (c != 0) {
          return c;
        }
        if (a.fields.size() != b.fields.size()) {
          return Integer.compare(a.fields.size(), b.fields.size());
        }
        Iterator<Map.Entry<String, byte[]>> ia = a.fields.entrySet().iterator();
        Iterator<Map.Entry<String, byte[]>> ib = b.fields.entrySet().iterator();
        while (ia.hasNext() && ib.hasNext()) {
          Map.Entry<String, byte[]> ea = ia.next();
          Map.Entry<String, byte[]> eb = ib.next();
          // field names are ASCII (NamingRules), so String order is byte order
          c = ea.getKey().compareTo(eb.getKey());
          if (c != 0) {
            return c;
          }
          c = Arrays.compareUnsigned(ea.getValue(), eb.getValue());
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  private StateRoot() {}

  /** The hash of one table's changes; both lists already sorted by {@link #ROW_ORDER}. */
  static byte[] tableHash(HashFunction hash, List<MutableRow> stored, List<MutableRow> fresh) {
    int size = 0;
    for (MutableRow r : stored) {
      size += r.hashInputLength();
    }
    for (MutableRow r : fresh) {
      size += r.hashInputLength();
    }
    byte[] data = new byte[size];
    int pos = append(data, 0, stored);
    pos = append(data, pos, fresh);
    assert pos == size;
    // 2.x hashes an empty input too (the zero-hash shortcut it writes is overwritten)
    return hash.hash(data, 0, size);
  }

  /** The block root from table hashes in table-name order. */
  static byte[] blockRoot(HashFunction hash, List<byte[]> tableHashes) {
    if (tableHashes.isEmpty()) {
      return ZERO.clone();
    }
    byte[] data = new byte[32 * tableHashes.size()];
    for (int i = 0; i < tableHashes.size(); i++) {
      System.arraycopy(tableHashes.get(i), 0, data, 32 * i, 32);
    }
    return hash.hash(data);
  }

  private static int append(byte[] out, int pos, List<MutableRow> rows) {
    for (MutableRow r : rows) {
      for (Map.Entry<String, byte[]> f : r.fields.entrySet()) {
        String name = f.getKey();
        if (!NamingRules.isHashField(name)) {
          continue;
        }
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, out, pos, n.length);
        pos += n.length;
        byte[] v = f.getValue();
        System.arraycopy(v, 0, out, pos, v.length);
        pos += v.length;
      }
      out[pos++] = (byte) (r.removed ? 1 : 0);
    }
    return pos;
  }
}
