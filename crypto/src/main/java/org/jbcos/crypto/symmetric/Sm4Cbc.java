package org.jbcos.crypto.symmetric;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;

/** SM4-CBC (GB/T 32907) with PKCS#7 padding: a 16-byte key and a 16-byte IV. */
public final class Sm4Cbc extends CbcPkcs7Cipher {
  public static final Sm4Cbc INSTANCE = new Sm4Cbc();

  private Sm4Cbc() {
    super("sm4-cbc", 16);
  }

  @Override
  BlockCipher newEngine() {
    return new SM4Engine();
  }
}
