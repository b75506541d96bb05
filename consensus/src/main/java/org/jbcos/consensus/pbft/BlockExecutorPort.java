package org.jbcos.consensus.pbft;

import java.util.Optional;

/** Decodes and executes proposed blocks; the node implements it over the executor. */
public interface BlockExecutorPort {
  /** The checked fields of an encoded block; empty when the bytes are not a block. */
  Optional<ProposalSummary> inspect(byte[] encodedBlock);

  /**
   * Executes the block on top of the current head. Empty when verification fails (bad transactions,
   * too many, wrong roots of an already executed block): the prepare is rejected.
   */
  Optional<ExecutionResult> execute(byte[] encodedBlock);
}
