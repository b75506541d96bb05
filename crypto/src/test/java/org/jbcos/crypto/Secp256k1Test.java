package org.jbcos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both secp256k1 back ends: known keys, RFC 6979 vectors, and byte-identical results. */
class Secp256k1Test {
  private static final BouncyCastleSecp256k1 BC = BouncyCastleSecp256k1.INSTANCE;
  private static final NativeSecp256k1 NATIVE =
      NativeSecp256k1.load()
          .orElseThrow(() -> new AssertionError("bundled libsecp256k1 must load on linux-x86_64"));

  @Test
  void privateKeyOneGivesTheGenerator() {
    for (Secp256k1 impl : new Secp256k1[] {BC, NATIVE}) {
      KeyPair kp = impl.keyPairOf(BigInteger.ONE);
      assertThat(kp.publicKeyHex())
          .isEqualTo(
              "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                  + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
    }
  }

  @Test
  void knownAddressOfAKey() {
    // a well-known Ethereum test key and its address
    KeyPair kp =
        BC.keyPairOf(
            new BigInteger("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", 16));
    assertThat(Hex.encode(CryptoSuite.ecdsa().address(kp.publicKey())))
        .isEqualTo("2c7536e3605d9c16a7a3d7b1898e529396a65c23");
  }

  @Test
  void rfc6979VectorForSatoshiKey() {
    // private key 1, message sha256("Satoshi Nakamoto"): a widely published RFC 6979 vector
    byte[] hash =
        org.bouncycastle.util.Arrays.clone(
            sha256("Satoshi Nakamoto".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    Signature sig = BC.sign(hash, BC.keyPairOf(BigInteger.ONE));
    assertThat(Hex.encode(sig.r()))
        .isEqualTo("934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8");
    assertThat(Hex.encode(sig.s()))
        .isEqualTo("2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5");
  }

  @Test
  void nativeAndBouncyCastleAgreeByteForByte() {
    Random rnd = new Random(42);
    for (int i = 0; i < 200; i++) {
      KeyPair key = BC.generateKeyPair(new SecureRandom(longSeed(rnd)));
      byte[] hash = new byte[32];
      rnd.nextBytes(hash);
      assertThat(NATIVE.keyPairOf(key.privateKey())).isEqualTo(key);
      Signature bcSig = BC.sign(hash, key);
      Signature nativeSig = NATIVE.sign(hash, key);
      assertThat(nativeSig).isEqualTo(bcSig);
      assertThat(new BigInteger(1, bcSig.s())).isLessThanOrEqualTo(Secp256k1.HALF_N);
      assertThat(BC.recoverPublicKey(hash, bcSig)).isEqualTo(key.publicKey());
      assertThat(NATIVE.recoverPublicKey(hash, bcSig)).isEqualTo(key.publicKey());
      assertThat(BC.verify(key.publicKey(), hash, nativeSig)).isTrue();
    }
  }

  @Test
  void bothRejectTheSameBadSignatures() {
    KeyPair key = BC.keyPairOf(BigInteger.valueOf(12345));
    byte[] hash = new byte[32];
    hash[0] = 9;
    Signature good = BC.sign(hash, key);
    Signature zeroR = Signature.ecdsa(new byte[32], good.s(), good.v());
    Signature highS =
        Signature.ecdsa(
            good.r(), Bytes32.of(Secp256k1.N.subtract(new BigInteger(1, good.s()))), good.v());
    Signature badV = new Signature(good.r(), good.s(), 2, new byte[0]);
    for (Secp256k1 impl : new Secp256k1[] {BC, NATIVE}) {
      assertThatThrownBy(() -> impl.recoverPublicKey(hash, zeroR)).hasMessageContaining("r is out");
      assertThatThrownBy(() -> impl.recoverPublicKey(hash, highS)).hasMessageContaining("high-s");
      assertThatThrownBy(() -> impl.recoverPublicKey(hash, badV))
          .hasMessageContaining("recovery id");
      assertThatThrownBy(() -> impl.recoverPublicKey(new byte[31], good))
          .hasMessageContaining("32-byte hash");
      assertThat(impl.verify(key.publicKey(), hash, highS)).isFalse();
    }
  }

  @Test
  void rIsNotAnXCoordinateOnTheCurve() {
    // x = 5 has no point on secp256k1 (5^3 + 7 = 132 is not a square mod p)
    Signature sig =
        Signature.ecdsa(Bytes32.of(BigInteger.valueOf(5)), Bytes32.of(BigInteger.ONE), 0);
    for (Secp256k1 impl : new Secp256k1[] {BC, NATIVE}) {
      assertThatThrownBy(() -> impl.recoverPublicKey(new byte[32], sig))
          .isInstanceOf(CryptoException.class);
    }
  }

  @Test
  void rejectsOutOfRangePrivateKeys() {
    assertThatThrownBy(() -> BC.keyPairOf(BigInteger.ZERO)).hasMessageContaining("[1, n-1]");
    assertThatThrownBy(() -> NATIVE.keyPairOf(Secp256k1.N)).hasMessageContaining("[1, n-1]");
  }

  @Test
  void bestPrefersNativeUnlessDisabled() {
    assertThat(Secp256k1.best().name()).isEqualTo("secp256k1-native");
    assertThat(Optional.of(CryptoSuite.ecdsa().signatureAlgorithm().name()))
        .contains("secp256k1-native");
  }

  private static byte[] sha256(byte[] data) {
    org.bouncycastle.crypto.digests.SHA256Digest d =
        new org.bouncycastle.crypto.digests.SHA256Digest();
    d.update(data, 0, data.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }

  private static byte[] longSeed(Random rnd) {
    byte[] seed = new byte[16];
    rnd.nextBytes(seed);
    return seed;
  }
}
