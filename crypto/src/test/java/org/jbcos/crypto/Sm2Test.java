package org.jbcos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;

class Sm2Test {
  private final Sm2 sm2 = Sm2.INSTANCE;

  @Test
  void signsAndVerifiesWithTheDefaultUserId() {
    KeyPair key = sm2.generateKeyPair(new SecureRandom());
    byte[] hash = Sm3.INSTANCE.hash(new byte[] {1, 2, 3});
    Signature sig = sm2.sign(hash, key);
    assertThat(sig.isSm2()).isTrue();
    assertThat(sig.publicKey()).isEqualTo(key.publicKey());
    assertThat(sig.toBytes()).hasSize(128);
    assertThat(sm2.recoverPublicKey(hash, sig)).isEqualTo(key.publicKey());

    // an independent verifier configured explicitly with the GM/T default id agrees
    byte[] encoded = new byte[65];
    encoded[0] = 4;
    System.arraycopy(key.publicKey(), 0, encoded, 1, 64);
    SM2Signer verifier = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    verifier.init(
        false,
        new ParametersWithID(
            new ECPublicKeyParameters(
                Curve.SM2P256V1.domain().getCurve().decodePoint(encoded), Curve.SM2P256V1.domain()),
            "1234567812345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    verifier.update(hash, 0, 32);
    byte[] rs = java.util.Arrays.copyOf(sig.toBytes(), 64);
    assertThat(verifier.verifySignature(rs)).isTrue();
  }

  @Test
  void rejectsASignatureOverAnotherHash() {
    KeyPair key = sm2.generateKeyPair(new SecureRandom());
    Signature sig = sm2.sign(new byte[32], key);
    byte[] other = new byte[32];
    other[5] = 1;
    assertThat(sm2.verify(key.publicKey(), other, sig)).isFalse();
    assertThatThrownBy(() -> sm2.recoverPublicKey(other, sig))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("does not verify");
  }

  @Test
  void rejectsAPublicKeyNotOnTheCurve() {
    KeyPair key = sm2.generateKeyPair(new SecureRandom());
    Signature sig = sm2.sign(new byte[32], key);
    byte[] bogus = new byte[64];
    bogus[63] = 1;
    Signature forged = Signature.sm2(sig.r(), sig.s(), bogus);
    assertThatThrownBy(() -> sm2.recoverPublicKey(new byte[32], forged))
        .isInstanceOf(CryptoException.class);
  }

  @Test
  void anEcdsaSignatureIsNotAnSm2Signature() {
    assertThatThrownBy(
            () ->
                sm2.recoverPublicKey(new byte[32], Signature.ecdsa(new byte[32], new byte[32], 0)))
        .hasMessageContaining("64-byte public key");
  }

  @Test
  void smSuiteAddressesUseSm3() {
    KeyPair key = sm2.generateKeyPair(new SecureRandom());
    byte[] expected = java.util.Arrays.copyOfRange(Sm3.INSTANCE.hash(key.publicKey()), 12, 32);
    assertThat(CryptoSuite.sm().address(key.publicKey())).isEqualTo(expected);
  }
}
