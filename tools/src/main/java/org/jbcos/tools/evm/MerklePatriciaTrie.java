package org.jbcos.tools.evm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.Keccak256;

/**
 * Computes the root hash of an Ethereum Merkle-Patricia trie (yellow paper, appendix D) over a set
 * of key/value pairs. Only the root is needed, so nothing is stored: the trie is built bottom-up
 * from the sorted keys each time {@link #rootHash()} is called.
 *
 * <p>A secure trie (the state and storage tries) keys every entry by the Keccak-256 of its key.
 */
public final class MerklePatriciaTrie {
  /** Keccak-256 of RLP(""): the root of a trie with no entries. */
  public static final byte[] EMPTY_ROOT = Keccak256.INSTANCE.hash(Rlp.encodeBytes(new byte[0]));

  private static final byte[] EMPTY_ITEM = Rlp.encodeBytes(new byte[0]);

  private final boolean secure;
  private final Map<byte[], byte[]> entries = new TreeMap<>(Arrays::compareUnsigned);

  private MerklePatriciaTrie(boolean secure) {
    this.secure = secure;
  }

  /** Keys are used as given. */
  public static MerklePatriciaTrie plain() {
    return new MerklePatriciaTrie(false);
  }

  /** Keys are hashed with Keccak-256 first, as in the account and storage tries. */
  public static MerklePatriciaTrie secure() {
    return new MerklePatriciaTrie(true);
  }

  /** Sets {@code key} to {@code value}; an empty value removes the key, as in Ethereum. */
  public MerklePatriciaTrie put(byte[] key, byte[] value) {
    byte[] path = secure ? Keccak256.INSTANCE.hash(key) : key.clone();
    if (value.length == 0) {
      entries.remove(path);
    } else {
      entries.put(path, value.clone());
    }
    return this;
  }

  /** Keccak-256 of the RLP of the root node. */
  public byte[] rootHash() {
    if (entries.isEmpty()) {
      return EMPTY_ROOT.clone();
    }
    List<byte[]> paths = new ArrayList<>(entries.size());
    List<byte[]> values = new ArrayList<>(entries.size());
    entries.forEach(
        (k, v) -> {
          paths.add(toNibbles(k));
          values.add(v);
        });
    return Keccak256.INSTANCE.hash(new Builder(paths, values).node(0, paths.size(), 0));
  }

  private static byte[] toNibbles(byte[] key) {
    byte[] nibbles = new byte[key.length * 2];
    for (int i = 0; i < key.length; i++) {
      nibbles[2 * i] = (byte) ((key[i] >> 4) & 0xf);
      nibbles[2 * i + 1] = (byte) (key[i] & 0xf);
    }
    return nibbles;
  }

  /** Encodes the nodes over nibble paths sorted in ascending order (a prefix sorts first). */
  private record Builder(List<byte[]> paths, List<byte[]> values) {

    /** RLP of the node holding the entries [from, to), all sharing their first {@code depth}. */
    byte[] node(int from, int to, int depth) {
      byte[] first = paths.get(from);
      if (to - from == 1) {
        return Rlp.encodeList(
            Rlp.encodeBytes(hexPrefix(first, depth, first.length, true)),
            Rlp.encodeBytes(values.get(from)));
      }
      // sorted, so what the first and last share is what all of them share
      int shared = commonPrefix(first, paths.get(to - 1), depth);
      if (shared > 0) {
        return Rlp.encodeList(
            Rlp.encodeBytes(hexPrefix(first, depth, depth + shared, false)),
            reference(node(from, to, depth + shared)));
      }
      return branch(from, to, depth);
    }

    private byte[] branch(int from, int to, int depth) {
      List<byte[]> items = new ArrayList<>(17);
      byte[] value = EMPTY_ITEM;
      int i = from;
      if (paths.get(i).length == depth) {
        value = Rlp.encodeBytes(values.get(i));
        i++;
      }
      for (int nibble = 0; nibble < 16; nibble++) {
        int start = i;
        while (i < to && paths.get(i)[depth] == nibble) {
          i++;
        }
        items.add(start == i ? EMPTY_ITEM : reference(node(start, i, depth + 1)));
      }
      items.add(value);
      return Rlp.encodeList(items);
    }

    /** How a parent refers to a child: inline when its RLP is shorter than a hash. */
    private static byte[] reference(byte[] node) {
      return node.length < 32 ? node : Rlp.encodeBytes(Keccak256.INSTANCE.hash(node));
    }

    private static int commonPrefix(byte[] a, byte[] b, int from) {
      int n = from;
      while (n < a.length && n < b.length && a[n] == b[n]) {
        n++;
      }
      return n - from;
    }

    /** Hex-prefix encoding of nibbles [from, to) with the leaf flag (appendix C). */
    private static byte[] hexPrefix(byte[] nibbles, int from, int to, boolean leaf) {
      int length = to - from;
      boolean odd = (length & 1) == 1;
      int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
      byte[] out = new byte[length / 2 + 1];
      int pos = from;
      out[0] = (byte) (flag << 4);
      if (odd) {
        out[0] |= nibbles[pos++];
      }
      for (int i = 1; i < out.length; i++) {
        out[i] = (byte) ((nibbles[pos] << 4) | nibbles[pos + 1]);
        pos += 2;
      }
      return out;
    }
  }
}
