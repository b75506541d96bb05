package org.jbcos.sync.wire;

/** A packet from a peer that is not what the protocol allows; the message says why. */
public final class MalformedPacketException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedPacketException(String message) {
    super(message);
  }

  public MalformedPacketException(String message, Throwable cause) {
    super(message, cause);
  }
}
