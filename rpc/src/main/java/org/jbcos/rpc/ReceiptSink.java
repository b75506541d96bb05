package org.jbcos.rpc;

/**
 * Receives the receipt of a transaction submitted by one request. Implementations must deliver only
 * after that request's reply has gone out: the SDK matches frames by seq and would take an early
 * receipt for the reply.
 */
@FunctionalInterface
public interface ReceiptSink {
  /** The receipt JSON (sdk-wire.md §4.1, plus the proofs for sendRawTransactionAndGetProof). */
  void deliver(Object receiptJson);
}
