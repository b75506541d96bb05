package org.jbcos.rpc.backend;

import org.jbcos.crypto.CryptoSuite;

/** One group of the node, split by area. */
public interface GroupBackend {
  int groupId();

  /** ECDSA or SM: decodes transactions and hashes headers for this group. */
  CryptoSuite cryptoSuite();

  /**
   * Whether this node is a sealer or observer of the group; group methods fail with -40009 when it
   * is not.
   */
  boolean isMember();

  ChainQueries chain();

  TransactionPool transactionPool();

  ContractCaller caller();

  ConsensusQueries consensus();

  /** getSyncStatus. */
  SyncStatus syncStatus();
}
