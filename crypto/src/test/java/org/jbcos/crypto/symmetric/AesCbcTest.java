package org.jbcos.crypto.symmetric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

class AesCbcTest {
  // NIST SP 800-38A, F.2.5 CBC-AES256.Encrypt
  private static final byte[] KEY =
      Hex.decode("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
  private static final byte[] IV = Hex.decode("000102030405060708090a0b0c0d0e0f");
  private static final byte[] PLAINTEXT =
      Hex.decode(
          "6bc1bee22e409f96e93d7e117393172a"
              + "ae2d8a571e03ac9c9eb76fac45af8e51"
              + "30c81c46a35ce411e5fbc1191a0a52ef"
              + "f69f2445df4f9b17ad2b417be66c3710");
  private static final byte[] CIPHERTEXT =
      Hex.decode(
          "f58c4c04d6e5f1ba779eabfb5f7bfbd6"
              + "9cfc4e967edb808d679f777bc6702c7d"
              + "39f23369a9d9bacfa530e26304231461"
              + "b2eb05e2c39be9fcda6c19078c6a9d1b");

  private final SymmetricCipher aes = AesCbc.INSTANCE;

  @Test
  void describesItself() {
    assertThat(aes.name()).isEqualTo("aes-256-cbc");
    assertThat(aes.keySize()).isEqualTo(32);
    assertThat(aes.ivSize()).isEqualTo(16);
    assertThat(aes).hasToString("aes-256-cbc");
  }

  @Test
  void matchesTheFirstNistBlock() {
    byte[] out = aes.encrypt(KEY, IV, Arrays.copyOf(PLAINTEXT, 16));

    assertThat(Hex.encode(Arrays.copyOf(out, 16))).isEqualTo("f58c4c04d6e5f1ba779eabfb5f7bfbd6");
    assertThat(out).hasSize(32);
  }

  @Test
  void matchesAllFourNistBlocksFollowedByAFullPaddingBlock() {
    byte[] out = aes.encrypt(KEY, IV, PLAINTEXT);

    assertThat(out).hasSize(80);
    assertThat(Arrays.copyOf(out, 64)).isEqualTo(CIPHERTEXT);
    assertThat(aes.decrypt(KEY, IV, out)).isEqualTo(PLAINTEXT);
  }

  @Test
  void matchesTheJdkCipher() throws Exception {
    byte[] plaintext = "FISCO BCOS storage security data key".getBytes();
    Cipher jdk = Cipher.getInstance("AES/CBC/PKCS5Padding");
    jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new IvParameterSpec(IV));

    assertThat(aes.encrypt(KEY, IV, plaintext)).isEqualTo(jdk.doFinal(plaintext));
  }

  @Test
  void encryptsTheEmptyMessageToOnePaddingBlock() {
    byte[] out = aes.encrypt(KEY, IV, new byte[0]);

    assertThat(out).hasSize(16);
    assertThat(aes.decrypt(KEY, IV, out)).isEmpty();
  }

  @Test
  void rejectsWrongKeyAndIvSizes() {
    assertThatThrownBy(() -> aes.encrypt(new byte[16], IV, PLAINTEXT))
        .isInstanceOf(CryptoException.class)
        .hasMessage("aes-256-cbc needs a 32-byte key, got 16 bytes");
    assertThatThrownBy(() -> aes.decrypt(new byte[33], IV, CIPHERTEXT))
        .isInstanceOf(CryptoException.class)
        .hasMessage("aes-256-cbc needs a 32-byte key, got 33 bytes");
    assertThatThrownBy(() -> aes.encrypt(KEY, new byte[12], PLAINTEXT))
        .isInstanceOf(CryptoException.class)
        .hasMessage("aes-256-cbc needs a 16-byte IV, got 12 bytes");
  }

  @Test
  void rejectsCiphertextThatIsNotWholeBlocks() {
    assertThatThrownBy(() -> aes.decrypt(KEY, IV, new byte[0]))
        .isInstanceOf(CryptoException.class)
        .hasMessage("aes-256-cbc ciphertext must be a positive multiple of 16 bytes, got 0");
    assertThatThrownBy(() -> aes.decrypt(KEY, IV, Arrays.copyOf(CIPHERTEXT, 31)))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("got 31");
  }

  @Test
  void rejectsBadPadding() {
    // three unpadded NIST blocks decrypt to plaintext ending in 0xef, which is no PKCS#7 pad length
    byte[] noPadding = Arrays.copyOf(CIPHERTEXT, 48);

    assertThatThrownBy(() -> aes.decrypt(KEY, IV, noPadding))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("bad padding");
  }

  @Test
  void rejectsAnotherKey() {
    byte[] out = aes.encrypt(KEY, IV, PLAINTEXT);
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;

    assertThatThrownBy(() -> aes.decrypt(otherKey, IV, out))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("wrong key or IV");
  }

  @Test
  void doesNotModifyItsInputs() {
    byte[] key = KEY.clone();
    byte[] iv = IV.clone();
    byte[] plaintext = PLAINTEXT.clone();

    aes.encrypt(key, iv, plaintext);

    assertThat(key).isEqualTo(KEY);
    assertThat(iv).isEqualTo(IV);
    assertThat(plaintext).isEqualTo(PLAINTEXT);
  }
}
