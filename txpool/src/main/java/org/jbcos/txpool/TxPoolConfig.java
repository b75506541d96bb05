package org.jbcos.txpool;

import java.math.BigInteger;

/**
 * The pool's limits and the chain it admits for ({@code [tx_pool]} of group.N.ini, {@code [chain]
 * id} of config.ini).
 *
 * @param limit most pending transactions ({@code [tx_pool] limit}, 150000 in build_chain)
 * @param memoryLimitBytes most bytes of pending transactions ({@code memory_limit}, 512 MB)
 * @param expirationMillis a pending transaction older than this is dropped (600 s)
 * @param chainId the chain id transactions must carry
 * @param groupId the group id transactions must carry
 */
public record TxPoolConfig(
    int limit,
    long memoryLimitBytes,
    long expirationMillis,
    BigInteger chainId,
    BigInteger groupId) {
  /** The window of blocks whose nonces may not be reused and in which a blockLimit must fall. */
  public static final long BLOCK_LIMIT_WINDOW = 1000;

  public static TxPoolConfig defaults(int groupId) {
    return new TxPoolConfig(
        150_000, 512L * 1024 * 1024, 600_000, BigInteger.ONE, BigInteger.valueOf(groupId));
  }
}
