package org.jbcos.rpc.backend;

import java.util.List;
import java.util.Optional;
import org.jbcos.protocol.Block;

/** Reads of the group's committed chain and state (the ledger). Hashes are 32 bytes. */
public interface ChainQueries {
  /** The highest committed block number (0 = genesis only). */
  long blockNumber();

  /** A committed block with its transactions, signatures and receipts. */
  Optional<Block> blockByNumber(long number);

  Optional<Block> blockByHash(byte[] hash);

  Optional<byte[]> blockHash(long number);

  /** Where a committed transaction is; empty if it is not on chain. */
  Optional<TransactionLocation> locateTransaction(byte[] txHash);

  TransactionCount transactionCount();

  /** The runtime code at a 20-byte address, empty if none. */
  byte[] code(byte[] address);

  /**
   * The value of a {@code _sys_config_} key as stored (decimal or text) at the current block; the
   * RPC layer only asks for the keys getSystemConfigByKey allows.
   */
  Optional<String> systemConfig(String key);

  /** The group's sealers' node ids (64 bytes each) at the current block. */
  List<byte[]> sealers();

  /** The group's observers' node ids (64 bytes each) at the current block. */
  List<byte[]> observers();
}
