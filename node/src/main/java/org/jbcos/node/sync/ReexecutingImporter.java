package org.jbcos.node.sync;

import java.util.Arrays;
import java.util.function.Consumer;
import org.jbcos.consensus.BlockAssembler;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.ledger.Ledger;
import org.jbcos.protocol.Block;
import org.jbcos.sync.BlockImporter;
import org.jbcos.sync.ImportResult;
import org.jbcos.txpool.TxPool;

/**
 * Imports a downloaded block (its signature list already checked by sync): executes it on top of
 * the head and commits it only if the result has the same header hash, that is the same state,
 * transactions and receipts roots, as the block the sealers signed.
 */
final class ReexecutingImporter implements BlockImporter {
  private final CryptoSuite suite;
  private final Ledger ledger;
  private final BlockAssembler assembler;
  private final TxPool pool;
  private final Consumer<Block> committed;

  ReexecutingImporter(
      CryptoSuite suite,
      Ledger ledger,
      BlockAssembler assembler,
      TxPool pool,
      Consumer<Block> committed) {
    this.suite = suite;
    this.ledger = ledger;
    this.assembler = assembler;
    this.pool = pool;
    this.committed = committed;
  }

  @Override
  public ImportResult importBlock(Block block) {
    Block signed;
    synchronized (assembler.chainLock()) {
      long head = ledger.blockNumber();
      long number = block.header().number();
      if (number <= head) {
        // PBFT committed it meanwhile: nothing to do, and the peer did nothing wrong
        return ImportResult.success();
      }
      if (number != head + 1) {
        return ImportResult.rejected("block " + number + " does not follow the head " + head);
      }
      // the pool's copies of the block's transactions have their senders recovered already
      BlockAssembler.Executed executed = assembler.execute(pool.preferPooled(block));
      ImportResult checked = check(block, executed);
      if (!checked.imported()) {
        return checked;
      }
      signed =
          new Block(
              executed.block().header(),
              block.transactions(),
              block.signatures(),
              executed.block().receipts());
      try {
        ledger.commit(signed, executed.tables());
      } catch (IllegalArgumentException e) {
        return ImportResult.rejected(e.getMessage());
      }
    }
    committed.accept(signed);
    return ImportResult.success();
  }

  private ImportResult check(Block block, BlockAssembler.Executed executed) {
    byte[] expected = block.header().hash(suite);
    byte[] actual = executed.block().header().hash(suite);
    if (!Arrays.equals(expected, actual)) {
      return ImportResult.rejected(
          "re-executing block "
              + block.header().number()
              + " gives header "
              + Hex.encode(actual)
              + ", the sealers signed "
              + Hex.encode(expected));
    }
    return ImportResult.success();
  }
}
