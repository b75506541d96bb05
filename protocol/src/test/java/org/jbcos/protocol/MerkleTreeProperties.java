package org.jbcos.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;

class MerkleTreeProperties {
  private static List<byte[]> hashes(int n, long seed) {
    Random rnd = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] h = new byte[32];
      rnd.nextBytes(h);
      out.add(h);
    }
    return out;
  }

  @Property(tries = 60)
  void everyProofLeadsToTheRoot(
      @ForAll @IntRange(min = 1, max = 600) int n, @ForAll long seed, @ForAll boolean sm) {
    HashFunction hash = sm ? Sm3.INSTANCE : Keccak256.INSTANCE;
    List<byte[]> items = hashes(n, seed);
    byte[] root = MerkleTree.root(items, hash);
    for (int i = 0; i < n; i += Math.max(1, n / 17)) {
      List<MerkleTree.ProofLevel> proof = MerkleTree.proof(items, i, hash);
      assertThat(MerkleTree.verify(proof, i, items.get(i), root, hash)).isTrue();
      assertThat(proof.get(proof.size() - 1).left()).isEmpty();
      assertThat(proof.get(proof.size() - 1).right()).isEmpty();
      // the wrong item, or the right item at the wrong index, does not verify
      byte[] other = items.get(i).clone();
      other[0] ^= 1;
      assertThat(MerkleTree.verify(proof, i, other, root, hash)).isFalse();
      assertThat(MerkleTree.verify(proof, i + 1, items.get(i), root, hash)).isFalse();
    }
  }

  @Example
  void emptyRootIsTheHashOfNothing() {
    assertThat(MerkleTree.root(List.of(), Keccak256.INSTANCE))
        .isEqualTo(Keccak256.INSTANCE.hash(new byte[0]));
  }

  @Example
  void seventeenLeavesMakeTwoGroups() {
    HashFunction k = Keccak256.INSTANCE;
    List<byte[]> items = hashes(17, 1);
    java.io.ByteArrayOutputStream first16 = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < 16; i++) {
      first16.writeBytes(MerkleTree.leaf(i, items.get(i)));
    }
    byte[] p0 = k.hash(first16.toByteArray());
    byte[] p1 = k.hash(MerkleTree.leaf(16, items.get(16)));
    byte[] concat = new byte[64];
    System.arraycopy(p0, 0, concat, 0, 32);
    System.arraycopy(p1, 0, concat, 32, 32);
    assertThat(MerkleTree.root(items, k)).isEqualTo(k.hash(k.hash(concat)));
    // leaf 16 is RLP(16) = 0x10 followed by the hash
    assertThat(Hex.encode(MerkleTree.leaf(16, items.get(16))).substring(0, 2)).isEqualTo("10");
    assertThat(Hex.encode(MerkleTree.leaf(128, items.get(0))).substring(0, 4)).isEqualTo("8180");
  }

  @Example
  void proofOfAMissingIndexIsAClearError() {
    assertThatThrownBy(() -> MerkleTree.proof(hashes(3, 1), 3, Keccak256.INSTANCE))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("no item 3 in a block of 3 items");
  }
}
