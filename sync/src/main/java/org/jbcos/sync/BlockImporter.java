package org.jbcos.sync;

import org.jbcos.protocol.Block;

/**
 * Re-executes a downloaded block, compares its state root, receipts root and dbHash with the
 * header's, and commits it. Sync calls it only for a block that connects to the head and carries a
 * quorum of sealer signatures.
 */
@FunctionalInterface
public interface BlockImporter {
  ImportResult importBlock(Block block);
}
