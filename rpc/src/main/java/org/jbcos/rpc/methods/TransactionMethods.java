package org.jbcos.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.JsonHex;
import org.jbcos.protocol.JsonViews;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.rpc.CallContext;
import org.jbcos.rpc.MethodCatalogue;
import org.jbcos.rpc.Params;
import org.jbcos.rpc.ReceiptSink;
import org.jbcos.rpc.RpcErrors;
import org.jbcos.rpc.backend.Admission;
import org.jbcos.rpc.backend.CallRequest;
import org.jbcos.rpc.backend.CallResult;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.TransactionOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Submission, the pending pool and read-only calls. */
final class TransactionMethods {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionMethods.class);

  /** From this channel protocol on, admission failures are pushed as receipts (FISCO v3). */
  static final int ASYNC_SUBMIT_PROTOCOL = 3;

  private TransactionMethods() {}

  static void register(MethodCatalogue.Builder b) {
    b.group("sendRawTransaction", (p, g, c) -> send(p, g, c, false));
    b.group("sendRawTransactionAndGetProof", (p, g, c) -> send(p, g, c, true));
    b.group(
        "getPendingTransactions",
        (p, g, c) ->
            g.transactionPool().pending().stream()
                .map(tx -> JsonViews.transaction(tx, g.cryptoSuite()))
                .toList());
    b.groupAnyMember(
        "getPendingTxSize", (p, g, c) -> JsonHex.quantity(g.transactionPool().pendingCount()));
    b.group("call", TransactionMethods::call);
  }

  private static Object call(Params p, GroupBackend g, CallContext c) {
    p.requireAtLeast(2, "[groupId, {from, to, data}]");
    JsonNode request = p.object(1);
    String from = textField(p, request, "from");
    if (from == null || from.isEmpty()) {
      throw RpcErrors.callNeedsFrom();
    }
    String to = textField(p, request, "to");
    String data = textField(p, request, "data");
    CallRequest call =
        new CallRequest(
            hexField(p, "from", from, 20),
            to == null || to.isEmpty() ? Optional.empty() : Optional.of(hexField(p, "to", to, 20)),
            data == null ? new byte[0] : hexField(p, "data", data, -1));
    CallResult result = g.caller().call(call);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("currentBlockNumber", JsonHex.quantity(result.currentBlockNumber()));
    m.put("output", JsonHex.bytes(result.output()));
    m.put("status", JsonHex.quantity(result.status()));
    return m;
  }

  private static String textField(Params p, JsonNode object, String name) {
    JsonNode v = object.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw RpcErrors.invalidParams(p.method() + ": \"" + name + "\" must be a hex string");
    }
    return v.textValue();
  }

  private static byte[] hexField(Params p, String name, String value, int length) {
    byte[] b = Params.decodeHex(value);
    if (b == null || (length >= 0 && b.length != length)) {
      throw RpcErrors.invalidParams(
          p.method()
              + ": \""
              + name
              + "\" must be "
              + (length == 20 ? "an address (0x + 40 hex)" : "0x-prefixed hex"));
    }
    return b;
  }

  /**
   * Decodes and submits; answers with the hash. Over a channel the receipt follows as a push; with
   * protocol v3 refusals do too (FISCO submits asynchronously), before that and over HTTP they are
   * -32603 errors.
   */
  private static Object send(Params p, GroupBackend g, CallContext c, boolean withProof) {
    p.requireAtLeast(2, "[groupId, signedTransaction]");
    CryptoSuite suite = g.cryptoSuite();
    Transaction tx = decode(p.text(1), suite);
    byte[] hash = tx.hash(suite);
    Admission admission = g.transactionPool().submit(tx);
    Optional<ReceiptSink> sink = c.receiptSink();
    boolean asyncRefusals = sink.isPresent() && c.protocolVersion() >= ASYNC_SUBMIT_PROTOCOL;
    if (admission instanceof Admission.Rejected rejected) {
      if (!asyncRefusals) {
        throw RpcErrors.internal(
            "TransactionRefused: "
                + rejected.status().message()
                + " (status "
                + rejected.status().hex()
                + ")");
      }
      sink.get().deliver(Views.failureReceipt(rejected.status()));
    } else if (sink.isPresent()) {
      ReceiptSink target = sink.get();
      ((Admission.Accepted) admission)
          .outcome()
          .whenComplete(
              (outcome, error) -> target.deliver(receiptOf(outcome, error, suite, withProof)));
    }
    return JsonHex.bytes(hash);
  }

  static Transaction decode(String hex, CryptoSuite suite) {
    byte[] raw = Params.decodeHex(hex);
    if (raw == null || raw.length == 0) {
      throw RpcErrors.internal("malformed transaction: not hex-encoded RLP");
    }
    try {
      return Transaction.decode(raw, suite);
    } catch (RuntimeException e) {
      throw RpcErrors.internal("malformed transaction: " + e.getMessage());
    }
  }

  static Object receiptOf(
      TransactionOutcome outcome, Throwable error, CryptoSuite suite, boolean withProof) {
    if (error != null || outcome == null) {
      LOG.warn("transaction outcome failed", error);
      return Views.failureReceipt(ReceiptStatus.TRANSACTION_REFUSED);
    }
    if (outcome instanceof TransactionOutcome.Dropped dropped) {
      return Views.failureReceipt(dropped.status());
    }
    TransactionOutcome.Committed done = (TransactionOutcome.Committed) outcome;
    Map<String, Object> m =
        new TreeMap<>(Views.receipt(done.block(), done.blockHash(), done.index(), suite));
    if (withProof) {
      m.put("txProof", Views.transactionProof(done.block(), done.index(), suite));
      m.put("receiptProof", Views.receiptProof(done.block(), done.index(), suite));
    }
    return m;
  }
}
