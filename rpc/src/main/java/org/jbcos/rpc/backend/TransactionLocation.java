package org.jbcos.rpc.backend;

/**
 * A committed transaction's place in the chain.
 *
 * @param blockNumber the block that holds it
 * @param index its position in the block
 */
public record TransactionLocation(long blockNumber, int index) {
  public TransactionLocation {
    if (blockNumber < 0 || index < 0) {
      throw new IllegalArgumentException("negative block number or index");
    }
  }
}
