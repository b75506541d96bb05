package org.jbcos.ledger;

/**
 * Where a committed transaction is.
 *
 * @param blockNumber the block holding it
 * @param index its position in the block
 */
public record TxLocation(long blockNumber, int index) {}
