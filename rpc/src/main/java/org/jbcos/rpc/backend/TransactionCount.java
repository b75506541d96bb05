package org.jbcos.rpc.backend;

import java.math.BigInteger;

/**
 * getTotalTransactionCount.
 *
 * @param txSum transactions committed up to {@code blockNumber}
 * @param failedTxSum of those, the ones whose receipt status is not 0
 * @param blockNumber the block these totals are at
 */
public record TransactionCount(BigInteger txSum, BigInteger failedTxSum, long blockNumber) {}
