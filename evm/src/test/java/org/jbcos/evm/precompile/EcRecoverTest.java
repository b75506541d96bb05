package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import org.jbcos.crypto.BouncyCastleSecp256k1;
import org.jbcos.crypto.Bytes32;
import org.jbcos.crypto.Curve;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.Secp256k1;
import org.jbcos.crypto.Signature;
import org.junit.jupiter.api.Test;

class EcRecoverTest {
  /** hash ‖ v = 27 ‖ r ‖ s, a published Ethereum ecrecover vector. */
  private static final String VECTOR =
      "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e"
          + "000000000000000000000000000000000000000000000000000000000000001b"
          + "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e"
          + "789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae02";

  private static final String SIGNER =
      "000000000000000000000000ceaccac640adf55b2028469bd36ba501f28b699d";
  private static final BigInteger N = Curve.SECP256K1.domain().getN();

  private final EcRecover ecrecover = new EcRecover();

  @Test
  void recoversThePublishedSigner() {
    PrecompileResult result = ecrecover.compute(Hex.decode(VECTOR));
    assertThat(result.success()).isTrue();
    assertThat(Hex.encode(result.output())).isEqualTo(SIGNER);
  }

  @Test
  void bothSecp256k1BackEndsAgree() {
    byte[] output =
        new EcRecover(BouncyCastleSecp256k1.INSTANCE).compute(Hex.decode(VECTOR)).output();
    assertThat(Hex.encode(output)).isEqualTo(SIGNER);
  }

  @Test
  void acceptsTheHighSTwinOfASignature() {
    byte[] input = Hex.decode(VECTOR);
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(input, 96, 128));
    System.arraycopy(Bytes32.of(N.subtract(s)), 0, input, 96, 32);
    input[63] = 28;
    assertThat(Hex.encode(ecrecover.compute(input).output())).isEqualTo(SIGNER);
  }

  @Test
  void recoversTheAddressOfAFreshSignature() {
    Secp256k1 secp = Secp256k1.best();
    KeyPair key = secp.keyPairOf(BigInteger.valueOf(0x1234567));
    byte[] hash = Keccak256.INSTANCE.hash(new byte[] {42});
    Signature signature = secp.sign(hash, key);
    byte[] input = new byte[128];
    System.arraycopy(hash, 0, input, 0, 32);
    input[63] = (byte) (27 + signature.v());
    System.arraycopy(signature.r(), 0, input, 64, 32);
    System.arraycopy(signature.s(), 0, input, 96, 32);

    byte[] address = Keccak256.INSTANCE.hash(key.publicKey());
    Arrays.fill(address, 0, 12, (byte) 0);
    assertThat(ecrecover.compute(input).output()).isEqualTo(address);
  }

  @Test
  void shortInputIsRightPaddedAndLongInputIsCut() {
    byte[] longer = Arrays.copyOf(Hex.decode(VECTOR), 200);
    Arrays.fill(longer, 128, 200, (byte) 0x55);
    assertThat(Hex.encode(ecrecover.compute(longer).output())).isEqualTo(SIGNER);

    PrecompileResult empty = ecrecover.compute(new byte[0]);
    assertThat(empty.success()).isTrue();
    assertThat(empty.output()).isEmpty();
  }

  @Test
  void malformedSignaturesSucceedWithNoOutput() {
    assertNoOutput(withWord(VECTOR, 1, BigInteger.valueOf(29)));
    assertNoOutput(withWord(VECTOR, 1, BigInteger.valueOf(1)));
    // v = 27 with a non-zero high byte is not 27
    byte[] highV = Hex.decode(VECTOR);
    highV[32] = 1;
    assertNoOutput(highV);
    assertNoOutput(withWord(VECTOR, 2, BigInteger.ZERO));
    assertNoOutput(withWord(VECTOR, 2, N));
    assertNoOutput(withWord(VECTOR, 3, BigInteger.ZERO));
    assertNoOutput(withWord(VECTOR, 3, N));
  }

  @Test
  void anRThatIsNoPointsXRecoversNothing() {
    // x = 5 gives x³ + 7 = 132, not a square mod p, so there is no point R.
    assertNoOutput(withWord(VECTOR, 2, BigInteger.valueOf(5)));
  }

  @Test
  void costs3000Gas() {
    assertThat(ecrecover.gasRequirement(new byte[0])).isEqualTo(3000);
    assertThat(ecrecover.gasRequirement(new byte[500])).isEqualTo(3000);
  }

  private void assertNoOutput(byte[] input) {
    PrecompileResult result = ecrecover.compute(input);
    assertThat(result.success()).isTrue();
    assertThat(result.output()).isEmpty();
  }

  private static byte[] withWord(String hex, int index, BigInteger value) {
    byte[] input = Hex.decode(hex);
    System.arraycopy(Bytes32.of(value), 0, input, 32 * index, 32);
    return input;
  }
}
