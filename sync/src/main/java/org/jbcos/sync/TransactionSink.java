package org.jbcos.sync;

import org.jbcos.protocol.Transaction;

/**
 * The transaction pool as gossip sees it. Transactions from peers are verified and admitted there
 * but never forwarded again (only client transactions are, which avoids broadcast storms).
 */
@FunctionalInterface
public interface TransactionSink {
  /** True if the pool admitted {@code tx}. */
  boolean submitFromPeer(Transaction tx);
}
