package org.jbcos.crypto;

import fr.acinq.secp256k1.Secp256k1Exception;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * secp256k1 through libsecp256k1 (bundled in the fr.acinq secp256k1-kmp JNI jar). libsecp256k1
 * signs with RFC 6979 and always returns low-s, so signatures equal {@link BouncyCastleSecp256k1}'s
 * byte for byte.
 */
public final class NativeSecp256k1 extends Secp256k1 {
  private static final Logger LOG = LoggerFactory.getLogger(NativeSecp256k1.class);
  private final fr.acinq.secp256k1.Secp256k1 lib;

  private NativeSecp256k1(fr.acinq.secp256k1.Secp256k1 lib) {
    this.lib = lib;
  }

  /** The native implementation, or empty when the library cannot load on this platform. */
  public static Optional<NativeSecp256k1> load() {
    try {
      fr.acinq.secp256k1.Secp256k1 lib = fr.acinq.secp256k1.Secp256k1.Companion.get();
      NativeSecp256k1 candidate = new NativeSecp256k1(lib);
      candidate.selfTest();
      return Optional.of(candidate);
    } catch (LinkageError | RuntimeException e) {
      LOG.debug("libsecp256k1 did not load: {}", e.toString());
      return Optional.empty();
    }
  }

  private void selfTest() {
    byte[] key = new byte[32];
    key[31] = 1;
    byte[] hash = new byte[32];
    Arrays.fill(hash, (byte) 7);
    if (!Arrays.equals(publicKeyOf(key), BouncyCastleSecp256k1.INSTANCE.publicKeyOf(key))
        || !Arrays.equals(
            signCompact(hash, key), BouncyCastleSecp256k1.INSTANCE.signCompact(hash, key))) {
      throw new IllegalStateException("libsecp256k1 disagrees with BouncyCastle");
    }
  }

  @Override
  public String name() {
    return "secp256k1-native";
  }

  @Override
  byte[] publicKeyOf(byte[] privateKey32) {
    return Arrays.copyOfRange(lib.pubkeyCreate(privateKey32), 1, 65);
  }

  @Override
  byte[] signCompact(byte[] hash32, byte[] privateKey32) {
    return lib.sign(hash32, privateKey32);
  }

  @Override
  byte[] recoverOrNull(byte[] hash32, byte[] rs64, int recId) {
    try {
      byte[] pub = lib.ecdsaRecover(rs64, hash32, recId);
      return Arrays.copyOfRange(pub, 1, 65);
    } catch (Secp256k1Exception | IllegalArgumentException e) {
      return null;
    }
  }
}
