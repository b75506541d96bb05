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
  private volatile long repliedAtNanos;

  /**
   * The SDK handles incoming frames on a thread pool: a receipt arriving right behind the reply can
   * be taken before the reply registers its callback and is then lost. FISCO's own refusals are
   * pushed asynchronously, well after the reply; an immediate receipt (a refusal) waits this long.
   */
  static final long RECEIPT_AFTER_REPLY_MILLIS = 50;

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
        () -> {
          ChannelMessage notify = new ChannelMessage(MessageType.TRANSACTION_NOTIFY, seq, 0, body);
          long sinceReply = (System.nanoTime() - repliedAtNanos) / 1_000_000;
          if (sinceReply >= RECEIPT_AFTER_REPLY_MILLIS) {
            session.send(notify);
          } else {
            session.sendLater(notify, RECEIPT_AFTER_REPLY_MILLIS - sinceReply);
          }
        });
  }

  /** Called once the reply is queued on the connection. */
  void replied() {
    repliedAtNanos = System.nanoTime();
    replied.complete(null);
  }
}
