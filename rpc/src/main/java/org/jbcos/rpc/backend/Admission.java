package org.jbcos.rpc.backend;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.jbcos.protocol.ReceiptStatus;

/** What the pool said to a submitted transaction. */
public sealed interface Admission {
  /**
   * Admitted. {@code outcome} completes once, when the transaction is committed or dropped (e.g.
   * expired); the channel server turns it into the 0x1000 receipt push to the submitting SDK.
   */
  record Accepted(CompletionStage<TransactionOutcome> outcome) implements Admission {
    public Accepted {
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Refused by an admission check: {@code status} is the 2.x code (e.g. {@link
   * ReceiptStatus#BLOCK_LIMIT_CHECK_FAIL}, {@link ReceiptStatus#ALREADY_KNOWN}).
   */
  record Rejected(ReceiptStatus status) implements Admission {
    public Rejected {
      Objects.requireNonNull(status, "status");
    }
  }
}
