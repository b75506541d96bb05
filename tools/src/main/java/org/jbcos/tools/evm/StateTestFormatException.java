package org.jbcos.tools.evm;

/** A state-test file that cannot be read, is not JSON, or lacks a field or has a bad value. */
public final class StateTestFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public StateTestFormatException(String message) {
    super(message);
  }

  public StateTestFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
