package org.jbcos.consensus.pbft;

import java.util.List;

/** What PBFT reads of the group's chain; the node implements it over the ledger. */
public interface ChainView {
  /** The highest committed block number. */
  long headNumber();

  /** The hash of the highest committed block. */
  byte[] headHash();

  /** The sealers (consensus nodes), in table order, for the block after the head. */
  List<NodeId> sealers();

  /** {@code consensus_timeout} of the system config, in milliseconds (at least 3000). */
  long consensusTimeoutMillis();

  /** {@code tx_count_limit}: the most transactions a block may hold. */
  int txCountLimit();
}
