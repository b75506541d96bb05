package org.jbcos.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * secp256k1 ECDSA as FISCO 2.x uses it: RFC 6979 deterministic k, low-s, recovery id 0/1, sender
 * recovered from (r, s, v, hash). Two back ends give byte-identical results: libsecp256k1 (native,
 * bundled) and BouncyCastle (the reference); {@link #best()} picks the native one when it loads.
 */
public abstract class Secp256k1 implements SignatureAlgorithm {
  /** Set to "false" to force the BouncyCastle path (e.g. to compare both). */
  public static final String NATIVE_PROPERTY = "jbcos.secp256k1.native";

  static final BigInteger N = Curve.SECP256K1.domain().getN();
  static final BigInteger HALF_N = N.shiftRight(1);
  private static final byte[] N_BYTES = Bytes32.of(N);
  private static final byte[] HALF_N_BYTES = Bytes32.of(HALF_N);
  private static final Logger LOG = LoggerFactory.getLogger(Secp256k1.class);
  private static volatile Secp256k1 best;

  /**
   * The native implementation if libsecp256k1 loads and is not disabled, BouncyCastle otherwise.
   */
  public static Secp256k1 best() {
    Secp256k1 b = best;
    if (b == null) {
      synchronized (Secp256k1.class) {
        b = best;
        if (b == null) {
          b = choose();
          best = b;
        }
      }
    }
    return b;
  }

  private static Secp256k1 choose() {
    if ("false".equalsIgnoreCase(System.getProperty(NATIVE_PROPERTY, "true"))) {
      return BouncyCastleSecp256k1.INSTANCE;
    }
    return NativeSecp256k1.load()
        .map(Secp256k1.class::cast)
        .orElseGet(
            () -> {
              LOG.info("native libsecp256k1 not available, using BouncyCastle for secp256k1");
              return BouncyCastleSecp256k1.INSTANCE;
            });
  }

  @Override
  public final Curve curve() {
    return Curve.SECP256K1;
  }

  @Override
  public final KeyPair generateKeyPair(SecureRandom random) {
    while (true) {
      BigInteger d = new BigInteger(256, random);
      if (d.signum() > 0 && d.compareTo(N) < 0) {
        return keyPairOf(d);
      }
    }
  }

  @Override
  public final KeyPair keyPairOf(BigInteger privateKey) {
    checkPrivateKey(privateKey);
    return new KeyPair(Curve.SECP256K1, privateKey, publicKeyOf(Bytes32.of(privateKey)));
  }

  @Override
  public final Signature sign(byte[] hash32, KeyPair keyPair) {
    checkHash(hash32);
    if (keyPair.curve() != Curve.SECP256K1) {
      throw new CryptoException("key is on " + keyPair.curve() + ", not secp256k1");
    }
    byte[] rs = signCompact(hash32, keyPair.privateKeyBytes());
    byte[] r = Arrays.copyOfRange(rs, 0, 32);
    byte[] s = Arrays.copyOfRange(rs, 32, 64);
    for (int v = 0; v < 2; v++) {
      byte[] recovered = recoverOrNull(hash32, rs, v);
      if (recovered != null && Arrays.equals(recovered, keyPair.publicKey())) {
        return Signature.ecdsa(r, s, v);
      }
    }
    throw new CryptoException("could not find the recovery id of a fresh signature");
  }

  @Override
  public final boolean verify(byte[] publicKey64, byte[] hash32, Signature signature) {
    try {
      return Arrays.equals(publicKey64, recoverPublicKey(hash32, signature));
    } catch (CryptoException e) {
      return false;
    }
  }

  @Override
  public final byte[] recoverPublicKey(byte[] hash32, Signature signature) {
    checkHash(hash32);
    if (signature.isSm2()) {
      throw new CryptoException("an SM2 signature cannot be checked on an ECDSA chain");
    }
    if (signature.v() != 0 && signature.v() != 1) {
      throw new CryptoException("ECDSA recovery id must be 0 or 1, got " + signature.v());
    }
    // byte comparisons: this runs for every transaction a node sees
    if (isZero(signature.r()) || Arrays.compareUnsigned(signature.r(), N_BYTES) >= 0) {
      throw new CryptoException("ECDSA signature r is out of range [1, n-1]");
    }
    if (isZero(signature.s()) || Arrays.compareUnsigned(signature.s(), HALF_N_BYTES) > 0) {
      throw new CryptoException("ECDSA signature s is not in [1, n/2] (high-s is not accepted)");
    }
    byte[] rs = new byte[64];
    System.arraycopy(signature.r(), 0, rs, 0, 32);
    System.arraycopy(signature.s(), 0, rs, 32, 32);
    byte[] pub = recoverOrNull(hash32, rs, signature.v());
    if (pub == null) {
      throw new CryptoException("ECDSA signature does not recover to a public key");
    }
    return pub;
  }

  /** 64-byte X‖Y public key of a 32-byte private key. */
  abstract byte[] publicKeyOf(byte[] privateKey32);

  /** RFC 6979 signature r‖s with low s. */
  abstract byte[] signCompact(byte[] hash32, byte[] privateKey32);

  /** The 64-byte public key, or null when (r‖s, recId) recovers to no point. */
  abstract byte[] recoverOrNull(byte[] hash32, byte[] rs64, int recId);

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  static void checkHash(byte[] hash32) {
    if (hash32.length != 32) {
      throw new CryptoException("can only sign a 32-byte hash, got " + hash32.length + " bytes");
    }
  }

  static void checkPrivateKey(BigInteger d) {
    if (d.signum() <= 0 || d.compareTo(N) >= 0) {
      throw new CryptoException("secp256k1 private key must be in [1, n-1]");
    }
  }
}
