package org.jbcos.crypto.symmetric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jbcos.crypto.CryptoException;

class SymmetricCipherPropertyTest {
  /** A cipher with a key and IV of the right sizes. */
  record Setup(SymmetricCipher cipher, byte[] key, byte[] iv) {}

  @Provide
  Arbitrary<Setup> setups() {
    Arbitrary<SymmetricCipher> ciphers = Arbitraries.of(AesCbc.INSTANCE, Sm4Cbc.INSTANCE);
    return ciphers.flatMap(
        cipher ->
            Combinators.combine(bytes(cipher.keySize()), bytes(cipher.ivSize()))
                .as((key, iv) -> new Setup(cipher, key, iv)));
  }

  private static Arbitrary<byte[]> bytes(int size) {
    return Arbitraries.bytes().array(byte[].class).ofSize(size);
  }

  @Property
  void decryptInvertsEncrypt(@ForAll("setups") Setup s, @ForAll @Size(max = 300) byte[] plaintext) {
    byte[] ciphertext = s.cipher().encrypt(s.key(), s.iv(), plaintext);

    assertThat(ciphertext).hasSize((plaintext.length / 16 + 1) * 16);
    assertThat(s.cipher().decrypt(s.key(), s.iv(), ciphertext)).isEqualTo(plaintext);
  }

  @Property
  void theIvChangesTheCiphertext(
      @ForAll("setups") Setup s, @ForAll @Size(max = 100) byte[] plaintext) {
    byte[] otherIv = s.iv().clone();
    otherIv[0] ^= 1;

    assertThat(s.cipher().encrypt(s.key(), otherIv, plaintext))
        .isNotEqualTo(s.cipher().encrypt(s.key(), s.iv(), plaintext));
  }

  @Property
  void corruptingThePaddingIsDetected(
      @ForAll("setups") Setup s,
      @ForAll @Size(max = 200) byte[] plaintext,
      @ForAll @IntRange(min = 0, max = 255) int badPadByte) {
    int padValue = 16 - plaintext.length % 16;
    // pad bytes 0 and 17..255 are never valid PKCS#7 for a 16-byte block
    int bad = badPadByte >= 1 && badPadByte <= 16 ? 0 : badPadByte;
    byte[] ciphertext = s.cipher().encrypt(s.key(), s.iv(), plaintext);
    // in CBC, flipping a bit of the previous block (or the IV) flips the same bit of the plaintext
    byte[] iv = s.iv().clone();
    if (ciphertext.length == 16) {
      iv[15] ^= (byte) (padValue ^ bad);
    } else {
      ciphertext[ciphertext.length - 17] ^= (byte) (padValue ^ bad);
    }

    assertThatThrownBy(() -> s.cipher().decrypt(s.key(), iv, ciphertext))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("bad padding");
  }

  @Property
  void modifiedCiphertextNeverDecryptsToTheOriginal(
      @ForAll("setups") Setup s,
      @ForAll @Size(min = 1, max = 100) byte[] plaintext,
      @ForAll @IntRange(min = 0, max = 1000) int position) {
    byte[] ciphertext = s.cipher().encrypt(s.key(), s.iv(), plaintext);
    ciphertext[position % ciphertext.length] ^= 0x40;

    try {
      assertThat(s.cipher().decrypt(s.key(), s.iv(), ciphertext)).isNotEqualTo(plaintext);
    } catch (CryptoException badPadding) {
      assertThat(badPadding).hasMessageContaining("bad padding");
    }
  }

  @Property
  void aesMatchesTheJdk(
      @ForAll @Size(value = 32) byte[] key,
      @ForAll @Size(value = 16) byte[] iv,
      @ForAll @Size(max = 200) byte[] plaintext)
      throws Exception {
    Cipher jdk = Cipher.getInstance("AES/CBC/PKCS5Padding");
    jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));

    assertThat(AesCbc.INSTANCE.encrypt(key, iv, plaintext)).isEqualTo(jdk.doFinal(plaintext));
  }
}
