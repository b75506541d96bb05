package org.jbcos.consensus.pbft;

/** Bytes that are not a well-formed PBFT message; the message says which rule was broken. */
public final class MalformedMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedMessageException(String reason) {
    super(reason);
  }
}
