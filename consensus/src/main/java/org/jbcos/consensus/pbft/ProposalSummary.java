package org.jbcos.consensus.pbft;

/**
 * The fields of a proposed block PBFT checks before executing it.
 *
 * @param number block height
 * @param parentHash 32 bytes
 * @param transactionCount transactions in the block
 * @param hash the block's hash as proposed (what the prepare's block hash must be)
 */
public record ProposalSummary(long number, byte[] parentHash, int transactionCount, byte[] hash) {
  public ProposalSummary {
    parentHash = parentHash.clone();
    hash = hash.clone();
  }

  @Override
  public byte[] parentHash() {
    return parentHash.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }
}
