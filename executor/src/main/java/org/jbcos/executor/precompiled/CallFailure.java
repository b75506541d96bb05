package org.jbcos.executor.precompiled;

/**
 * A call a system contract cannot complete (FISCO throws there): an argument that is no object of
 * the expected kind, a field that is not a number, an oversize key. The call fails with
 * "precompiled error" and its writes roll back.
 */
final class CallFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CallFailure(String message) {
    super(message);
  }
}
