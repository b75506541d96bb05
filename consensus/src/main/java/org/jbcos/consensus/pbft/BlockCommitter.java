package org.jbcos.consensus.pbft;

import java.util.List;
import org.jbcos.protocol.SealerSignature;

/** Writes an executed block with its signature list; the node implements it over the ledger. */
public interface BlockCommitter {
  /**
   * Commits the block; afterwards {@link ChainView#headNumber()} is its height.
   *
   * @return false when the commit failed (the transactions stay in the pool)
   */
  boolean commit(ExecutionResult block, List<SealerSignature> sigList);
}
