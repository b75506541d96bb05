package org.jbcos.rpc.backend;

import java.util.Objects;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.ReceiptStatus;

/** How an admitted transaction ended. */
public sealed interface TransactionOutcome {
  /**
   * Committed in {@code block} (with its receipts) at {@code index}.
   *
   * @param blockHash the block's hash, so that pushes need not rehash the header per transaction
   */
  record Committed(Block block, byte[] blockHash, int index) implements TransactionOutcome {
    public Committed {
      Objects.requireNonNull(block, "block");
      if (blockHash.length != 32) {
        throw new IllegalArgumentException("block hash must be 32 bytes");
      }
      if (index < 0
          || index >= block.transactions().size()
          || block.receipts().size() != block.transactions().size()) {
        throw new IllegalArgumentException(
            "index " + index + " is not a transaction with a receipt in the block");
      }
      blockHash = blockHash.clone();
    }
  }

  /** Dropped from the pool before it was committed, with the status the SDK is told. */
  record Dropped(ReceiptStatus status) implements TransactionOutcome {
    public Dropped {
      Objects.requireNonNull(status, "status");
    }
  }
}
