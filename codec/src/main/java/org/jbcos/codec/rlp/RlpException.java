package org.jbcos.codec.rlp;

/** Bytes that are not a canonical RLP encoding; the message names the offset and the rule. */
public class RlpException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public RlpException(String message) {
    super(message);
  }
}
