package org.jbcos.crypto.symmetric;

/**
 * A block cipher in CBC mode with PKCS#7 padding, as FISCO uses for disk encryption (AES-256 on
 * ECDSA chains, SM4 on SM chains). Implementations are stateless and thread-safe.
 */
public interface SymmetricCipher {
  /** {@link Sm4Cbc} on SM chains, {@link AesCbc} otherwise. */
  static SymmetricCipher forChain(boolean smCrypto) {
    return smCrypto ? Sm4Cbc.INSTANCE : AesCbc.INSTANCE;
  }

  /** The OpenSSL name of the cipher, e.g. {@code aes-256-cbc}. */
  String name();

  /** The required key length in bytes. */
  int keySize();

  /** The required IV length in bytes, which is also the block size. */
  int ivSize();

  /**
   * Pads and encrypts {@code plaintext}; the result is 1 to 16 bytes longer.
   *
   * @throws org.jbcos.crypto.CryptoException if the key or IV has the wrong length
   */
  byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext);

  /**
   * Decrypts and unpads {@code ciphertext}.
   *
   * @throws org.jbcos.crypto.CryptoException if the key or IV has the wrong length, the ciphertext
   *     is not a positive multiple of the block size, or the padding is bad (wrong key or IV, or
   *     modified ciphertext)
   */
  byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext);
}
