package org.jbcos.tools.evm;

import java.math.BigInteger;
import java.util.Map;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.Address;
import org.jbcos.evm.Word;
import org.jbcos.evm.worldstate.InMemoryWorldState;

/**
 * The Ethereum state root of a set of accounts: what the state tests' {@code hash} fields hold.
 * Always Keccak-256, whatever hash the EVM itself used.
 */
public final class StateRoot {
  private StateRoot() {}

  /** Root of the secure trie of {@code rlp([nonce, balance, storageRoot, codeHash])} by address. */
  public static byte[] of(Map<Address, InMemoryWorldState.Account> accounts) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.secure();
    accounts.forEach((address, account) -> trie.put(address.toBytes(), encode(account)));
    return trie.rootHash();
  }

  static byte[] encode(InMemoryWorldState.Account account) {
    return Rlp.encodeList(
        Rlp.encodeUnsigned(new BigInteger(Long.toUnsignedString(account.nonce()))),
        Rlp.encodeUnsigned(account.balance()),
        Rlp.encodeBytes(storageRoot(account.storage())),
        Rlp.encodeBytes(Keccak256.INSTANCE.hash(account.code())));
  }

  /** Root of the secure trie of RLP(minimal big-endian value) by 32-byte slot; zeros are absent. */
  public static byte[] storageRoot(Map<Word, Word> storage) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.secure();
    storage.forEach(
        (slot, value) -> {
          if (!value.isZero()) {
            trie.put(slot.toBytes(), Rlp.encodeUnsigned(value.toBigInteger()));
          }
        });
    return trie.rootHash();
  }
}
