package org.jbcos.crypto.symmetric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.OpenSslCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sm4CbcTest {
  // GB/T 32907-2016 appendix A.1: key = plaintext, one ECB block
  private static final byte[] KEY = Hex.decode("0123456789abcdeffedcba9876543210");
  private static final String STANDARD_BLOCK = "681edf34d206965e86b3e94f536e4246";
  private static final byte[] ZERO_IV = new byte[16];

  private final SymmetricCipher sm4 = Sm4Cbc.INSTANCE;

  @Test
  void describesItself() {
    assertThat(sm4.name()).isEqualTo("sm4-cbc");
    assertThat(sm4.keySize()).isEqualTo(16);
    assertThat(sm4.ivSize()).isEqualTo(16);
  }

  @Test
  void firstBlockWithZeroIvIsTheStandardVector() {
    // CBC with a zero IV encrypts the first block exactly as ECB does
    byte[] out = sm4.encrypt(KEY, ZERO_IV, KEY);

    assertThat(Hex.encode(Arrays.copyOf(out, 16))).isEqualTo(STANDARD_BLOCK);
    assertThat(out).hasSize(32);
    assertThat(sm4.decrypt(KEY, ZERO_IV, out)).isEqualTo(KEY);
  }

  @Test
  void secondBlockIsChained() {
    // the second block's input is plaintext XOR the first ciphertext block; with plaintext equal
    // to that block the input is zero, so the 2-block message encrypts like [KEY, 0...] in ECB
    byte[] first = Hex.decode(STANDARD_BLOCK);
    byte[] twoBlocks = new byte[32];
    System.arraycopy(KEY, 0, twoBlocks, 0, 16);
    System.arraycopy(first, 0, twoBlocks, 16, 16);

    byte[] chained = sm4.encrypt(KEY, ZERO_IV, twoBlocks);
    byte[] zeroBlock = sm4.encrypt(KEY, ZERO_IV, new byte[16]);

    assertThat(Arrays.copyOfRange(chained, 16, 32)).isEqualTo(Arrays.copyOf(zeroBlock, 16));
  }

  @Test
  void rejectsWrongKeyAndIvSizes() {
    assertThatThrownBy(() -> sm4.encrypt(new byte[32], ZERO_IV, KEY))
        .isInstanceOf(CryptoException.class)
        .hasMessage("sm4-cbc needs a 16-byte key, got 32 bytes");
    assertThatThrownBy(() -> sm4.decrypt(KEY, new byte[8], new byte[16]))
        .isInstanceOf(CryptoException.class)
        .hasMessage("sm4-cbc needs a 16-byte IV, got 8 bytes");
  }

  @Test
  void rejectsCiphertextThatIsNotWholeBlocks() {
    assertThatThrownBy(() -> sm4.decrypt(KEY, ZERO_IV, new byte[17]))
        .isInstanceOf(CryptoException.class)
        .hasMessage("sm4-cbc ciphertext must be a positive multiple of 16 bytes, got 17");
  }

  @Test
  void rejectsBadPadding() {
    byte[] out = sm4.encrypt(KEY, ZERO_IV, KEY);

    // the first block alone decrypts to the plaintext, whose last byte 0x10 claims a whole pad
    // block of 0x10 bytes that is not there
    assertThatThrownBy(() -> sm4.decrypt(KEY, ZERO_IV, Arrays.copyOf(out, 16)))
        .isInstanceOf(CryptoException.class)
        .hasMessage(
            "sm4-cbc decryption failed: bad padding (wrong key or IV, or the ciphertext was"
                + " modified)");
  }

  @Test
  void chainsPickTheirCipher() {
    assertThat(SymmetricCipher.forChain(true)).isSameAs(Sm4Cbc.INSTANCE);
    assertThat(SymmetricCipher.forChain(false)).isSameAs(AesCbc.INSTANCE);
  }

  @Test
  void matchesOpenSsl(@TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    byte[] iv = Hex.decode("00112233445566778899aabbccddeeff");
    byte[] plaintext = "a message of more than one SM4 block".getBytes();
    Files.write(dir.resolve("plain"), plaintext);
    OpenSslCli.Result result =
        OpenSslCli.exec(
            dir,
            java.util.List.of(
                "enc",
                "-sm4-cbc",
                "-K",
                Hex.encode(KEY),
                "-iv",
                Hex.encode(iv),
                "-in",
                "plain",
                "-out",
                "cipher"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        result.exitCode() == 0, "this openssl has no SM4: " + result.output());

    assertThat(sm4.encrypt(KEY, iv, plaintext))
        .isEqualTo(Files.readAllBytes(dir.resolve("cipher")));
  }
}
