package org.jbcos.tools.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

/** Vectors of ethereum/tests TrieTests (trieanyorder.json) and the go-ethereum trie tests. */
class MerklePatriciaTrieTest {
  private static final String EMPTY =
      "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

  private static String root(MerklePatriciaTrie trie, String... keysAndValues) {
    for (int i = 0; i < keysAndValues.length; i += 2) {
      trie.put(utf8(keysAndValues[i]), utf8(keysAndValues[i + 1]));
    }
    return Hex.encode(trie.rootHash());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void emptyTrie() {
    assertThat(Hex.encode(MerklePatriciaTrie.plain().rootHash())).isEqualTo(EMPTY);
    assertThat(Hex.encode(MerklePatriciaTrie.secure().rootHash())).isEqualTo(EMPTY);
    assertThat(Hex.encode(MerklePatriciaTrie.EMPTY_ROOT)).isEqualTo(EMPTY);
  }

  @Test
  void singleLeafLongerThanAHash() {
    assertThat(root(MerklePatriciaTrie.plain(), "A", "a".repeat(50)))
        .isEqualTo("d23786fb4a010da3ce639d66d5e904a11dbc02746d1ce25029e53290cabf28ab");
  }

  @Test
  void dogs() {
    assertThat(
            root(
                MerklePatriciaTrie.plain(),
                "doe",
                "reindeer",
                "dog",
                "puppy",
                "dogglesworth",
                "cat"))
        .isEqualTo("8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3");
  }

  @Test
  void dogsInASecureTrie() {
    assertThat(
            root(
                MerklePatriciaTrie.secure(),
                "doe",
                "reindeer",
                "dog",
                "puppy",
                "dogglesworth",
                "cat"))
        .isEqualTo("d4cd937e4a4368d7931a9cf51686b7e10abb3dce38a39000fd7902a092b64585");
  }

  @Test
  void puppyWithAValueInABranch() {
    assertThat(
            root(
                MerklePatriciaTrie.plain(),
                "do",
                "verb",
                "horse",
                "stallion",
                "doge",
                "coin",
                "dog",
                "puppy"))
        .isEqualTo("5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84");
  }

  @Test
  void fooExtensionThenBranch() {
    assertThat(root(MerklePatriciaTrie.plain(), "foo", "bar", "food", "bass"))
        .isEqualTo("17beaa1648bafa633cda809c90c04af50fc8aed3cb40d16efbddee6fdf63c4c3");
  }

  @Test
  void smallValuesEmbeddedInTheirParent() {
    assertThat(root(MerklePatriciaTrie.plain(), "be", "e", "dog", "puppy", "bed", "d"))
        .isEqualTo("3f67c7a47520f79faa29255d2d3c084a7a6df0453116ed7232ff10277a8be68b");
  }

  @Test
  void orderOfInsertionDoesNotMatter() {
    List<String> kv = List.of("do", "verb", "horse", "stallion", "doge", "coin", "dog", "puppy");
    MerklePatriciaTrie reversed = MerklePatriciaTrie.plain();
    for (int i = kv.size() - 2; i >= 0; i -= 2) {
      reversed.put(utf8(kv.get(i)), utf8(kv.get(i + 1)));
    }
    assertThat(Hex.encode(reversed.rootHash()))
        .isEqualTo(root(MerklePatriciaTrie.plain(), kv.toArray(new String[0])));
  }

  @Test
  void anEmptyValueDeletes() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.plain();
    trie.put(utf8("ether"), utf8("wookiedoo"));
    trie.put(utf8("ether"), new byte[0]);
    assertThat(Hex.encode(trie.rootHash())).isEqualTo(EMPTY);
  }
}
