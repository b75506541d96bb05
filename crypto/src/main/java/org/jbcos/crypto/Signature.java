package org.jbcos.crypto;

import java.util.Arrays;

/**
 * A transaction or block signature. ECDSA signatures carry the recovery id {@code v} (0 or 1) and
 * no public key; SM2 signatures carry the signer's 64-byte public key and {@code v} is unused.
 *
 * @param r 32 bytes, big-endian
 * @param s 32 bytes, big-endian
 * @param v recovery id 0 or 1 (ECDSA only, 0 for SM2)
 * @param publicKey 64 bytes X‖Y for SM2, empty for ECDSA
 */
public record Signature(byte[] r, byte[] s, int v, byte[] publicKey) {
  public Signature {
    if (r.length != 32 || s.length != 32) {
      throw new CryptoException("signature r and s must be 32 bytes each");
    }
    if (publicKey.length != 0 && publicKey.length != 64) {
      throw new CryptoException(
          "signature public key must be 64 bytes, got " + publicKey.length + " bytes");
    }
  }

  public static Signature ecdsa(byte[] r, byte[] s, int v) {
    return new Signature(r, s, v, new byte[0]);
  }

  public static Signature sm2(byte[] r, byte[] s, byte[] publicKey) {
    return new Signature(r, s, 0, publicKey);
  }

  public boolean isSm2() {
    return publicKey.length == 64;
  }

  /** ECDSA: r‖s‖v (65 bytes); SM2: r‖s‖publicKey (128 bytes), as FISCO's JSON shows them. */
  public byte[] toBytes() {
    byte[] out = new byte[isSm2() ? 128 : 65];
    System.arraycopy(r, 0, out, 0, 32);
    System.arraycopy(s, 0, out, 32, 32);
    if (isSm2()) {
      System.arraycopy(publicKey, 0, out, 64, 64);
    } else {
      out[64] = (byte) v;
    }
    return out;
  }

  /** Parses the 65-byte ECDSA or 128-byte SM2 form produced by {@link #toBytes()}. */
  public static Signature fromBytes(byte[] bytes) {
    if (bytes.length == 65) {
      int v = bytes[64] & 0xff;
      if (v >= 27) {
        v -= 27;
      }
      if (v > 1) {
        throw new CryptoException("ECDSA recovery id must be 0 or 1, got " + (bytes[64] & 0xff));
      }
      return ecdsa(Arrays.copyOfRange(bytes, 0, 32), Arrays.copyOfRange(bytes, 32, 64), v);
    }
    if (bytes.length == 128) {
      return sm2(
          Arrays.copyOfRange(bytes, 0, 32),
          Arrays.copyOfRange(bytes, 32, 64),
          Arrays.copyOfRange(bytes, 64, 128));
    }
    throw new CryptoException(
        "a signature is 65 bytes (ECDSA) or 128 bytes (SM2), got " + bytes.length + " bytes");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other
        && v == other.v
        && Arrays.equals(r, other.r)
        && Arrays.equals(s, other.s)
        && Arrays.equals(publicKey, other.publicKey);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(r) + Arrays.hashCode(s)) + v;
  }

  @Override
  public String toString() {
    return "Signature[" + Hex.encode(toBytes()) + "]";
  }
}
