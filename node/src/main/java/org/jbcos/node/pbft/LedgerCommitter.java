package org.jbcos.node.pbft;

import java.util.List;
import java.util.function.Consumer;
import org.jbcos.consensus.BlockAssembler;
import org.jbcos.consensus.pbft.BlockCommitter;
import org.jbcos.consensus.pbft.ExecutionResult;
import org.jbcos.ledger.Ledger;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.SealerSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a block PBFT agreed on, with its signature list, through the ledger's atomic commit, then
 * tells the group (pool, RPC pushes). A block that no longer extends the head (sync committed it
 * first) is not written.
 */
final class LedgerCommitter implements BlockCommitter {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerCommitter.class);

  private final int groupId;
  private final Ledger ledger;
  private final Object chainLock;
  private final Consumer<Block> committed;

  LedgerCommitter(int groupId, Ledger ledger, Object chainLock, Consumer<Block> committed) {
    this.groupId = groupId;
    this.ledger = ledger;
    this.chainLock = chainLock;
    this.committed = committed;
  }

  @Override
  public boolean commit(ExecutionResult result, List<SealerSignature> sigList) {
    if (!(result.handle() instanceof BlockAssembler.Executed executed)) {
      return false;
    }
    Block unsigned = executed.block();
    Block block =
        new Block(unsigned.header(), unsigned.transactions(), sigList, unsigned.receipts());
    try {
      synchronized (chainLock) {
        ledger.commit(block, executed.tables());
      }
    } catch (IllegalArgumentException e) {
      LOG.warn(
          "group {}: block {} not committed: {}", groupId, block.header().number(), e.getMessage());
      return false;
    }
    committed.accept(block);
    return true;
  }
}
