package org.jbcos.rpc.backend;

import java.util.Optional;

/**
 * A read-only call.
 *
 * @param from 20 bytes, the caller
 * @param to 20 bytes; empty runs {@code data} as init code
 * @param data call data
 */
public record CallRequest(byte[] from, Optional<byte[]> to, byte[] data) {
  public CallRequest {
    from = from.clone();
    to = to.map(byte[]::clone);
    data = data.clone();
  }
}
