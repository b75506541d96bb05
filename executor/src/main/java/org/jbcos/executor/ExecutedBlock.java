package org.jbcos.executor;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.TransactionReceipt;

/**
 * The outcome of executing a block's transactions; nothing is committed yet.
 *
 * @param receipts one per transaction, each carrying the block's final state root
 * @param stateRoot the block's dbHash (= stateRoot with storage state)
 * @param gasUsed the sum of the receipts' gas
 * @param bloom the OR of the receipts' blooms
 */
public record ExecutedBlock(
    List<TransactionReceipt> receipts, byte[] stateRoot, BigInteger gasUsed, LogBloom bloom) {
  public ExecutedBlock {
    receipts = List.copyOf(receipts);
    stateRoot = stateRoot.clone();
  }
}
