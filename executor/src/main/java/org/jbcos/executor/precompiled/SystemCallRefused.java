package org.jbcos.executor.precompiled;

/**
 * Thrown by a system contract function that fails the whole call (FISCO's PrecompiledException):
 * the call's writes roll back and the receipt status is "precompiled error".
 */
public final class SystemCallRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SystemCallRefused(String message) {
    super(message);
  }
}
