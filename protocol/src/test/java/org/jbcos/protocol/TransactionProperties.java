package org.jbcos.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;

class TransactionProperties {
  private static final KeyPair ECDSA_KEY = CryptoSuite.ecdsa().generateKeyPair();
  private static final KeyPair SM_KEY = CryptoSuite.sm().generateKeyPair();

  @Property(tries = 150)
  void signedTransactionsRoundTripAndRecoverTheSigner(
      @ForAll boolean sm,
      @ForAll @IntRange(min = 0, max = 1 << 30) int nonce,
      @ForAll @Size(max = 300) byte[] data,
      @ForAll @Size(max = 20) byte[] extra,
      @ForAll boolean deploy) {
    CryptoSuite suite = CryptoSuite.of(sm);
    KeyPair key = sm ? SM_KEY : ECDSA_KEY;
    byte[] to = new byte[deploy ? 0 : 20];
    Arrays.fill(to, (byte) 0x5a);
    Transaction tx =
        Transaction.builder()
            .nonce(BigInteger.valueOf(nonce).shiftLeft(200))
            .gas(BigInteger.valueOf(3_000_000))
            .blockLimit(nonce % 1000)
            .to(to)
            .data(data)
            .extraData(extra)
            .sign(suite, key);
    byte[] encoded = tx.encode();
    Transaction decoded = Transaction.decode(encoded, suite);
    assertThat(decoded.encode()).isEqualTo(encoded);
    assertThat(decoded.sender(suite)).isEqualTo(suite.address(key.publicKey()));
    assertThat(decoded.isDeploy()).isEqualTo(deploy);
  }

  @Property(tries = 400)
  void mutatedTransactionsAreRejectedOrChangeTheirHash(
      @ForAll @IntRange(min = 0, max = 200) int position, @ForAll byte xor, @ForAll boolean sm) {
    CryptoSuite suite = CryptoSuite.of(sm);
    Transaction tx =
        Transaction.builder()
            .nonce(BigInteger.valueOf(12345))
            .blockLimit(100)
            .to(new byte[20])
            .data(new byte[40])
            .sign(suite, sm ? SM_KEY : ECDSA_KEY);
    byte[] encoded = tx.encode();
    byte[] mutated = encoded.clone();
    int i = position % mutated.length;
    mutated[i] ^= xor == 0 ? 1 : xor;
    try {
      Transaction decoded = Transaction.decode(mutated, suite);
      assertThat(decoded.hash(suite)).isNotEqualTo(tx.hash(suite));
      try {
        byte[] sender = decoded.sender(suite);
        // a changed body either fails the signature or recovers someone else
        if (!Arrays.equals(decoded.signingHash(suite), tx.signingHash(suite))
            || !decoded.signature().equals(tx.signature())) {
          assertThat(sender).isNotEqualTo(suite.address((sm ? SM_KEY : ECDSA_KEY).publicKey()));
        }
      } catch (ProtocolException invalidSignature) {
        // expected for most mutations
      }
    } catch (ProtocolException malformed) {
      // expected
    }
  }
}
