package org.jbcos.storage;

/**
 * A rejected table operation (bad name, oversize key or value, unknown field); nothing was written.
 */
public final class TableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode error;

  public TableException(ErrorCode error, String detail) {
    super(error.code() + " " + error.description() + ": " + detail);
    this.error = error;
  }

  public ErrorCode error() {
    return error;
  }

  /** The 2.x numeric code, as a precompiled contract returns it. */
  public int code() {
    return error.code();
  }
}
