package org.jbcos.node.pbft;

import java.util.List;
import org.jbcos.consensus.BlockAssembler;
import org.jbcos.consensus.pbft.BlockProposer;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.ledger.Ledger;
import org.jbcos.protocol.Transaction;
import org.jbcos.txpool.TxPool;

/**
 * The leader's block: pending transactions in arrival order (they stay in the pool until a block
 * holding them commits, so a failed proposal loses nothing).
 */
final class PoolProposer implements BlockProposer {
  private final CryptoSuite suite;
  private final TxPool pool;
  private final Ledger ledger;
  private final BlockAssembler assembler;

  PoolProposer(CryptoSuite suite, TxPool pool, Ledger ledger, BlockAssembler assembler) {
    this.suite = suite;
    this.pool = pool;
    this.ledger = ledger;
    this.assembler = assembler;
  }

  @Override
  public int pendingTransactions() {
    return pool.size();
  }

  @Override
  public byte[] propose(
      long number, byte[] parentHash, int maxTransactions, long timestamp, int sealerIndex) {
    List<Transaction> txs = pool.take(maxTransactions);
    return assembler
        .propose(number, parentHash, txs, timestamp, sealerIndex, ledger.sealers())
        .encode(suite);
  }
}
