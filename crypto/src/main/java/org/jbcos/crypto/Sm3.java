package org.jbcos.crypto;

import org.bouncycastle.crypto.digests.SM3Digest;

/** The Chinese national hash SM3 (GB/T 32905), used everywhere Keccak-256 is on SM chains. */
public final class Sm3 implements HashFunction {
  public static final Sm3 INSTANCE = new Sm3();

  private Sm3() {}

  @Override
  public String name() {
    return "sm3";
  }

  @Override
  public byte[] hash(byte[] data, int offset, int length) {
    SM3Digest digest = new SM3Digest();
    digest.update(data, offset, length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
