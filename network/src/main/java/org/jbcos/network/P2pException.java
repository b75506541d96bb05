package org.jbcos.network;

/** A P2P operation failed: the peer is not connected, the network is closed, bad settings. */
public final class P2pException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public P2pException(String message) {
    super(message);
  }

  public P2pException(String message, Throwable cause) {
    super(message, cause);
  }
}
