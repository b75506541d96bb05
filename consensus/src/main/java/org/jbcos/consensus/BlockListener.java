package org.jbcos.consensus;

import org.jbcos.protocol.Block;

/** Told about every committed block (the tx pool, receipt pushes, block-number pushes). */
public interface BlockListener {
  void onBlockCommitted(Block block);
}
