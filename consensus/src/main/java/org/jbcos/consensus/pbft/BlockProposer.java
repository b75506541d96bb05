package org.jbcos.consensus.pbft;

/** Builds the leader's block from the tx pool; the node implements it over the tx pool. */
public interface BlockProposer {
  /** Transactions waiting in the pool (decides when the leader seals). */
  int pendingTransactions();

  /**
   * An encoded, unexecuted block on top of the head.
   *
   * @param number the height of the block (head + 1)
   * @param parentHash the head's hash
   * @param maxTransactions the most transactions to take, FIFO
   * @param timestamp the block timestamp (Unix ms)
   * @param sealerIndex this node's index in the sealer list
   * @return the block; it may hold no transaction
   */
  byte[] propose(
      long number, byte[] parentHash, int maxTransactions, long timestamp, int sealerIndex);
}
