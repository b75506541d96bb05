package org.jbcos.crypto;

/** A key, signature or ciphertext that cannot be used; the message says what is wrong with it. */
public class CryptoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
