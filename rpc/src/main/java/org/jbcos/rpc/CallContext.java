package org.jbcos.rpc;

import java.util.Optional;

/** What a method may know about the connection a request came over. */
public interface CallContext {
  /** For HTTP and other one-shot transports: no pushes, protocol v1 semantics. */
  CallContext HTTP =
      new CallContext() {
        @Override
        public int protocolVersion() {
          return 1;
        }

        @Override
        public Optional<ReceiptSink> receiptSink() {
          return Optional.empty();
        }
      };

  /** The channel protocol negotiated by the 0x14 handshake (1 until then, 1 for HTTP). */
  int protocolVersion();

  /** Where this request's transaction receipt goes (the channel's 0x1000 push), if anywhere. */
  Optional<ReceiptSink> receiptSink();
}
