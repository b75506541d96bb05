package org.jbcos.crypto.symmetric;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;

/** AES-256-CBC with PKCS#7 padding: a 32-byte key and a 16-byte IV. */
public final class AesCbc extends CbcPkcs7Cipher {
  public static final AesCbc INSTANCE = new AesCbc();

  private AesCbc() {
    super("aes-256-cbc", 32);
  }

  @Override
  BlockCipher newEngine() {
    return AESEngine.newInstance();
  }
}
