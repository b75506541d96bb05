package org.jbcos.rpc.backend;

import java.util.List;
import org.jbcos.protocol.Transaction;

/** The group's transaction pool as clients use it. */
public interface TransactionPool {
  /**
   * Runs the admission checks on a decoded transaction and, if it passes, keeps it for sealing.
   * Must not block on consensus: the outcome of an admitted transaction arrives through {@link
   * Admission.Accepted#outcome()}.
   */
  Admission submit(Transaction tx);

  /** Transactions waiting to be sealed, in pool order. */
  List<Transaction> pending();

  int pendingCount();
}
