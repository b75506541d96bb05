package org.jbcos.consensus.pbft;

/**
 * A block executed on top of the head, not yet committed.
 *
 * @param hash the executed block's header hash (what sealers sign)
 * @param encoded the executed block, encoded (kept in the committed-prepare backup; executing it
 *     again must give the same hash)
 * @param handle what the committer needs to write it (e.g. the block's state changes); opaque here
 */
public record ExecutionResult(byte[] hash, byte[] encoded, Object handle) {
  public ExecutionResult {
    hash = hash.clone();
    encoded = encoded.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }

  @Override
  public byte[] encoded() {
    return encoded.clone();
  }
}
