package org.jbcos.sync;

import java.util.List;
import java.util.Optional;
import org.jbcos.consensus.pbft.NodeId;

/** The local chain as sync sees it. Called on the sync thread only. */
public interface SyncChain {
  long headNumber();

  /** 32 bytes. */
  byte[] headHash();

  /** 32 bytes; peers with another genesis are ignored. */
  byte[] genesisHash();

  /** The stored encoding of block {@code number} ({@link org.jbcos.protocol.Block#encode}). */
  Optional<byte[]> encodedBlock(long number);

  /** The sealers that must sign the block after the head, in sealer-list order. */
  List<NodeId> sealers();

  /** The most transactions a block may hold ({@code tx_count_limit}). */
  long transactionCountLimit();
}
