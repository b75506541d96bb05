package org.jbcos.protocol;

/** A transaction, block, receipt or proof that is malformed; the message says which field. */
public class ProtocolException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }

  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
