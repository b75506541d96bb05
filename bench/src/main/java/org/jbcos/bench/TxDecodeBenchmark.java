package org.jbcos.bench;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.BouncyCastleSecp256k1;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.NativeSecp256k1;
import org.jbcos.protocol.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the tx pool does with every incoming transaction: decode the RLP, hash it, and recover (or
 * verify) the sender. One op = one transaction; the pool rotates through 1024 distinct signed
 * transactions of SDK-like shape (a call with ~100 bytes of ABI input).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TxDecodeBenchmark {
  @Param({"ecdsa-native", "ecdsa-bouncycastle", "sm2"})
  public String suite;

  private CryptoSuite crypto;
  private byte[][] encoded;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    crypto =
        switch (suite) {
          case "ecdsa-native" ->
              new CryptoSuite(
                  CryptoSuite.Type.ECDSA,
                  Keccak256.INSTANCE,
                  NativeSecp256k1.load()
                      .orElseThrow(() -> new IllegalStateException("libsecp256k1 did not load")));
          case "ecdsa-bouncycastle" ->
              new CryptoSuite(
                  CryptoSuite.Type.ECDSA, Keccak256.INSTANCE, BouncyCastleSecp256k1.INSTANCE);
          case "sm2" -> CryptoSuite.sm();
          default -> throw new IllegalArgumentException(suite);
        };
    Random rnd = new Random(7);
    KeyPair key = crypto.signatureAlgorithm().generateKeyPair(new SecureRandom());
    encoded = new byte[1024][];
    for (int i = 0; i < encoded.length; i++) {
      byte[] to = new byte[20];
      byte[] input = new byte[100];
      rnd.nextBytes(to);
      rnd.nextBytes(input);
      encoded[i] =
          Transaction.builder()
              .nonce(new BigInteger(250, rnd))
              .gasPrice(BigInteger.valueOf(22_000_000_000L))
              .gas(BigInteger.valueOf(4_300_000))
              .blockLimit(500 + i)
              .to(to)
              .data(input)
              .sign(crypto, key)
              .encode();
    }
  }

  @Benchmark
  public byte[] decodeHashAndRecoverSender() {
    byte[] tx = encoded[next++ & 1023];
    Transaction decoded = Transaction.decode(tx, crypto);
    byte[] hash = decoded.hash(crypto);
    byte[] sender = decoded.sender(crypto);
    hash[0] ^= sender[0];
    return hash;
  }

  @Benchmark
  public byte[] decodeAndHashOnly() {
    byte[] tx = encoded[next++ & 1023];
    return Transaction.decode(tx, crypto).hash(crypto);
  }
}
