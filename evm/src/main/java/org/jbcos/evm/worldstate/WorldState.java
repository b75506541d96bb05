package org.jbcos.evm.worldstate;

import java.math.BigInteger;
import org.jbcos.evm.Address;
import org.jbcos.evm.Word;

/**
 * The accounts the EVM reads and writes. Implementations journal every change so that a nested call
 * frame can be undone with {@link #revertToSnapshot}; the storage-backed implementation maps this
 * onto table savepoints.
 */
public interface WorldState {
  boolean exists(Address address);

  /** EIP-161 emptiness: no code, nonce 0, balance 0 (a missing account is empty too). */
  default boolean isEmpty(Address address) {
    return !exists(address)
        || (nonce(address) == 0 && balance(address).signum() == 0 && codeSize(address) == 0);
  }

  /**
   * Creates the account if it is missing (zero balance, nonce 0, no code), keeping an existing one.
   */
  void ensureAccount(Address address);

  /**
   * Makes a fresh account at {@code address} for a contract creation: code and storage cleared,
   * nonce reset; an existing balance is kept.
   */
  void createContractAccount(Address address);

  /** Removes the account and its storage (SELFDESTRUCT at the end of the tx, EIP-158 cleanup). */
  void deleteAccount(Address address);

  BigInteger balance(Address address);

  void setBalance(Address address, BigInteger balance);

  long nonce(Address address);

  void setNonce(Address address, long nonce);

  /**
   * Adds one to the nonce of a transaction's sender. A state shared by concurrent transactions
   * makes this atomic, so that transactions of one sender may run at the same time.
   */
  default void incrementNonce(Address address) {
    setNonce(address, nonce(address) + 1);
  }

  byte[] code(Address address);

  default int codeSize(Address address) {
    return code(address).length;
  }

  /** Hash of the code with the chain's hash; {@link Word#ZERO} for a missing account. */
  Word codeHash(Address address);

  void setCode(Address address, byte[] code);

  Word storage(Address address, Word key);

  /** True if the account has any non-zero storage slot. */
  boolean hasStorage(Address address);

  void setStorage(Address address, Word key, Word value);

  /**
   * FISCO: whether a transaction sent by {@code origin} may create contracts (a permissioned
   * chain's deploy whitelist). An Ethereum state allows everyone.
   */
  default boolean mayCreateContracts(Address origin) {
    return true;
  }

  /** FISCO: whether a transaction sent by {@code origin} may write {@code contract}'s storage. */
  default boolean mayWriteStorage(Address origin, Address contract) {
    return true;
  }

  /** FISCO: whether the account (a contract, or a transaction's sender) is frozen. */
  default boolean isFrozen(Address account) {
    return false;
  }

  /**
   * FISCO: records who manages a contract just created by {@code creator} in a transaction sent by
   * {@code origin}; called inside the creation's snapshot, so a failed creation undoes it.
   */
  default void contractCreated(Address contract, Address creator, Address origin) {
    // nothing to record outside FISCO
  }

  /**
   * Notes that a transaction touched the account (for EIP-158 deletion of empty accounts). Every
   * setter touches the account it writes; this is for zero-value transfers that write nothing.
   */
  void touch(Address address);

  /** Accounts touched since the last {@link #clearTouched()}, for EIP-158 clean-up. */
  java.util.Collection<Address> touchedAccounts();

  /** Starts a new transaction's touched set. */
  void clearTouched();

  /** A marker to return to; snapshots nest. */
  int snapshot();

  /** Undoes every change since {@code snapshot}, which must be the latest one still open. */
  void revertToSnapshot(int snapshot);

  /** Forgets the marker, keeping the changes (a nested call succeeded). */
  void releaseSnapshot(int snapshot);
}
