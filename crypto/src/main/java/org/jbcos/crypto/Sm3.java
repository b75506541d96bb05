package org.jbcos.crypto;

import org.bouncycastle.crypto.digests.SM3Digest;

/** The Chinese national hash SM3 (GB/T 32905), used everywhere Keccak-256 is on SM chains. */
public final class Sm3 implements HashFunction {
  public static final Sm3 INSTANCE = new Sm3();

  // a digest per thread: constructing one allocated more than hashing a short input cost
  private static final ThreadLocal<SM3Digest> DIGEST =
      ThreadLocal.withInitial(() -> new SM3Digest());

  private Sm3() {}

  @Override
  public String name() {
    return "sm3";
  }

  @Override
  public byte[] hash(byte[] data, int offset, int length) {
    SM3Digest digest = DIGEST.get();
    digest.update(data, offset, length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0); // also resets the digest for the next use
    return out;
  }
}
