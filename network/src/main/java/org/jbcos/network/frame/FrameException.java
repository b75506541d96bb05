package org.jbcos.network.frame;

/** A frame that breaks the P2P framing rules; the connection that sent it is closed. */
public final class FrameException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FrameException(String message) {
    super(message);
  }

  public FrameException(String message, Throwable cause) {
    super(message, cause);
  }
}
