package org.jbcos.crypto.symmetric;

import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.jbcos.crypto.CryptoException;

/** CBC + PKCS#7 over a 16-byte block cipher; subclasses supply the engine and key size. */
abstract class CbcPkcs7Cipher implements SymmetricCipher {
  static final int BLOCK_SIZE = 16;

  private final String name;
  private final int keySize;

  CbcPkcs7Cipher(String name, int keySize) {
    this.name = name;
    this.keySize = keySize;
  }

  /** A fresh engine; BouncyCastle engines keep state, so one per call. */
  abstract BlockCipher newEngine();

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int keySize() {
    return keySize;
  }

  @Override
  public final int ivSize() {
    return BLOCK_SIZE;
  }

  @Override
  public final byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
    return run(true, key, iv, plaintext);
  }

  @Override
  public final byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext) {
    if (ciphertext.length == 0 || ciphertext.length % BLOCK_SIZE != 0) {
      throw new CryptoException(
          name
              + " ciphertext must be a positive multiple of "
              + BLOCK_SIZE
              + " bytes, got "
              + ciphertext.length);
    }
    return run(false, key, iv, ciphertext);
  }

  private byte[] run(boolean encrypt, byte[] key, byte[] iv, byte[] input) {
    if (key.length != keySize) {
      throw new CryptoException(
          name + " needs a " + keySize + "-byte key, got " + key.length + " bytes");
    }
    if (iv.length != BLOCK_SIZE) {
      throw new CryptoException(
          name + " needs a " + BLOCK_SIZE + "-byte IV, got " + iv.length + " bytes");
    }
    PaddedBufferedBlockCipher cipher =
        new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(newEngine()), new PKCS7Padding());
    cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
    byte[] out = new byte[cipher.getOutputSize(input.length)];
    try {
      int length = cipher.processBytes(input, 0, input.length, out, 0);
      length += cipher.doFinal(out, length);
      return length == out.length ? out : Arrays.copyOf(out, length);
    } catch (InvalidCipherTextException | DataLengthException e) {
      throw new CryptoException(
          name
              + " decryption failed: bad padding (wrong key or IV, or the ciphertext was modified)",
          e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
