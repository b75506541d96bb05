package org.jbcos.rpc;

/** A JSON-RPC error answer: FISCO's code and message (sdk-wire.md §2.4). */
public final class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  public RpcException(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
