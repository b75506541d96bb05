package org.jbcos.rpc.channel;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jbcos.rpc.CallContext;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.ReceiptSink;

/**
 * The context of one 0x12 request. Receipts for it wait until its reply has been queued: the SDK
 * takes the first frame with the request's seq as the reply, so a receipt (same seq) must follow.
 */
final class ChannelCall implements CallContext, ReceiptSink {
  private final ChannelSession session;
  private final String seq;
  private final CompletableFuture<Void> replied = new CompletableFuture<>();

  ChannelCall(ChannelSession session, String seq) {
    this.session = session;
    this.seq = seq;
  }

  @Override
  public int protocolVersion() {
    return session.protocolVersion();
  }

  @Override
  public Optional<ReceiptSink> receiptSink() {
    return Optional.of(this);
  }

  @Override
  public void deliver(Object receiptJson) {
    byte[] body = Handshake.withNewline(Json.write(receiptJson));
    replied.thenRun(
        () -> session.send(new ChannelMessage(MessageType.TRANSACTION_NOTIFY, seq, 0, body)));
  }

  /** Called once the reply is queued on the connection. */
  void replied() {
    replied.complete(null);
  }
}
