package org.jbcos.storage;

/**
 * The backend failed (I/O, lost database, corrupt data). The node must stop rather than go on with
 * a state that may differ from its peers'.
 */
public class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
