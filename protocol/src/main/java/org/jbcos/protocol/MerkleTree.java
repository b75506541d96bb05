package org.jbcos.protocol;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.HashFunction;

/**
 * FISCO 2.2+'s 16-ary Merkle tree behind transactionsRoot and receiptsRoot (sdk-wire.md §4.6). Leaf
 * i is the raw bytes RLP(i)‖hash; each parent hashes the concatenation of up to 16 children; the
 * root is the hash of the single top node (so even one leaf is hashed once more).
 */
public final class MerkleTree {
  public static final int WIDTH = 16;

  private MerkleTree() {}

  /** One level of a proof: the siblings left and right of the node being proved. */
  public record ProofLevel(List<byte[]> left, List<byte[]> right) {
    public ProofLevel {
      left = left.stream().map(byte[]::clone).toList();
      right = right.stream().map(byte[]::clone).toList();
    }
  }

  public static byte[] leaf(int index, byte[] hash) {
    byte[] i = Rlp.encodeLong(index);
    byte[] out = Arrays.copyOf(i, i.length + hash.length);
    System.arraycopy(hash, 0, out, i.length, hash.length);
    return out;
  }

  public static byte[] root(List<byte[]> hashes, HashFunction hash) {
    if (hashes.isEmpty()) {
      return hash.hash(new byte[0]);
    }
    List<byte[]> level = leaves(hashes);
    while (level.size() > 1) {
      level = parents(level, hash);
    }
    return hash.hash(level.get(0));
  }

  /**
   * The proof for the item at {@code index}, leaf level first; the last level is always empty, for
   * the final root = Hash(top) step.
   */
  public static List<ProofLevel> proof(List<byte[]> hashes, int index, HashFunction hash) {
    if (index < 0 || index >= hashes.size()) {
      throw new ProtocolException(
          "no item " + index + " in a block of " + hashes.size() + " items");
    }
    List<ProofLevel> proof = new ArrayList<>();
    List<byte[]> level = leaves(hashes);
    int position = index;
    while (level.size() > 1) {
      int groupStart = position / WIDTH * WIDTH;
      int groupEnd = Math.min(groupStart + WIDTH, level.size());
      proof.add(
          new ProofLevel(
              level.subList(groupStart, position), level.subList(position + 1, groupEnd)));
      level = parents(level, hash);
      position /= WIDTH;
    }
    proof.add(new ProofLevel(List.of(), List.of()));
    return proof;
  }

  /** True if {@code proof} leads from item {@code index} with {@code itemHash} to {@code root}. */
  public static boolean verify(
      List<ProofLevel> proof, int index, byte[] itemHash, byte[] root, HashFunction hash) {
    byte[] node = leaf(index, itemHash);
    for (ProofLevel level : proof) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      level.left().forEach(buf::writeBytes);
      buf.writeBytes(node);
      level.right().forEach(buf::writeBytes);
      node = hash.hash(buf.toByteArray());
    }
    return Arrays.equals(node, root);
  }

  private static List<byte[]> leaves(List<byte[]> hashes) {
    List<byte[]> leaves = new ArrayList<>(hashes.size());
    for (int i = 0; i < hashes.size(); i++) {
      leaves.add(leaf(i, hashes.get(i)));
    }
    return leaves;
  }

  private static List<byte[]> parents(List<byte[]> level, HashFunction hash) {
    List<byte[]> parents = new ArrayList<>((level.size() + WIDTH - 1) / WIDTH);
    for (int start = 0; start < level.size(); start += WIDTH) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      for (int i = start; i < Math.min(start + WIDTH, level.size()); i++) {
        buf.writeBytes(level.get(i));
      }
      parents.add(hash.hash(buf.toByteArray()));
    }
    return parents;
  }
}
