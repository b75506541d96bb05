package org.jbcos.crypto;

import org.bouncycastle.crypto.digests.KeccakDigest;

/** Keccak-256 as Ethereum uses it (the original Keccak padding, not NIST SHA3-256). */
public final class Keccak256 implements HashFunction {
  public static final Keccak256 INSTANCE = new Keccak256();

  // a digest per thread: constructing one allocated more than hashing a short input cost
  private static final ThreadLocal<KeccakDigest> DIGEST =
      ThreadLocal.withInitial(() -> new KeccakDigest(256));

  private Keccak256() {}

  @Override
  public String name() {
    return "keccak256";
  }

  @Override
  public byte[] hash(byte[] data, int offset, int length) {
    KeccakDigest digest = DIGEST.get();
    digest.update(data, offset, length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0); // also resets the digest for the next use
    return out;
  }
}
