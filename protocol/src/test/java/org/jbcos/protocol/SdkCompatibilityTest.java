package org.jbcos.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fisco.bcos.sdk.client.protocol.model.JsonTransactionResponse;
import org.fisco.bcos.sdk.client.protocol.response.BcosBlockHeader;
import org.fisco.bcos.sdk.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.model.CryptoType;
import org.fisco.bcos.sdk.transaction.codec.encode.TransactionEncoderService;
import org.fisco.bcos.sdk.transaction.model.po.RawTransaction;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official FISCO BCOS Java SDK 2.9.3 as the oracle: transactions it signs must decode to the
 * same hash and sender and re-encode byte for byte; what we sign and print it must accept.
 */
class SdkCompatibilityTest {
  private static final int TRANSACTIONS = 60;
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static org.fisco.bcos.sdk.crypto.CryptoSuite sdkSuite(boolean sm) {
    return new org.fisco.bcos.sdk.crypto.CryptoSuite(
        sm ? CryptoType.SM_TYPE : CryptoType.ECDSA_TYPE);
  }

  private static CryptoSuite ours(boolean sm) {
    return CryptoSuite.of(sm);
  }

  static RawTransaction randomRawTransaction(Random rnd) {
    String to = rnd.nextInt(5) == 0 ? "" : "0x" + Hex.encode(randomBytes(rnd, 20));
    String extra = rnd.nextBoolean() ? "" : Hex.encode(randomBytes(rnd, rnd.nextInt(40)));
    return RawTransaction.createTransaction(
        new BigInteger(250, rnd),
        rnd.nextBoolean() ? BigInteger.ZERO : BigInteger.valueOf(22_000_000_000L),
        BigInteger.valueOf(rnd.nextInt(10_000_000)),
        BigInteger.valueOf(rnd.nextInt(1_000_000)),
        to,
        BigInteger.ZERO,
        "0x" + Hex.encode(randomBytes(rnd, rnd.nextInt(600))),
        BigInteger.valueOf(1 + rnd.nextInt(1000)),
        BigInteger.valueOf(1 + rnd.nextInt(100)),
        extra);
  }

  static byte[] randomBytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void sdkSignedTransactionsDecodeToTheSameHashAndSender(boolean sm) {
    org.fisco.bcos.sdk.crypto.CryptoSuite sdk = sdkSuite(sm);
    TransactionEncoderService encoder = new TransactionEncoderService(sdk);
    Random rnd = new Random(sm ? 2 : 1);
    for (int i = 0; i < TRANSACTIONS; i++) {
      CryptoKeyPair account = sdk.createKeyPair();
      RawTransaction raw = randomRawTransaction(rnd);
      byte[] signed = encoder.encodeAndSignBytes(raw, account);

      Transaction tx = Transaction.decode(signed, ours(sm));

      assertThat(tx.hash(ours(sm))).isEqualTo(sdk.hash(signed));
      assertThat(Hex.encodePrefixed(tx.sender(ours(sm)))).isEqualTo(account.getAddress());
      assertThat(tx.encode()).isEqualTo(signed);
      assertThat(tx.nonce()).isEqualTo(raw.getRandomid());
      assertThat(tx.blockLimit()).isEqualTo(raw.getBlockLimit());
      assertThat(tx.chainId()).isEqualTo(raw.getFiscoChainId());
      assertThat(tx.groupId()).isEqualTo(raw.getGroupId());
      assertThat(tx.isDeploy()).isEqualTo(raw.getTo().isEmpty());
      assertThat(tx.signingHash(ours(sm))).isEqualTo(encoder.encodeAndHashBytes(raw, account));
    }
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void sdkRecomputesOurTransactionJsonHash(boolean sm) throws Exception {
    org.fisco.bcos.sdk.crypto.CryptoSuite sdk = sdkSuite(sm);
    Random rnd = new Random(sm ? 4 : 3);
    for (int i = 0; i < 20; i++) {
      KeyPair key = ours(sm).generateKeyPair();
      RawTransaction raw = randomRawTransaction(rnd);
      Transaction tx =
          Transaction.builder()
              .nonce(raw.getRandomid())
              .gasPrice(raw.getGasPrice())
              .gas(raw.getGasLimit())
              .blockLimit(raw.getBlockLimit())
              .to(Hex.decode(raw.getTo()))
              .data(Hex.decode(raw.getData()))
              .chainId(raw.getFiscoChainId())
              .groupId(raw.getGroupId())
              .extraData(Hex.decode(raw.getExtraData()))
              .sign(ours(sm), key);
      Map<String, Object> view = JsonViews.transaction(tx, ours(sm), new byte[32], 1 + i, 0);
      JsonTransactionResponse parsed =
          JSON.readValue(JSON.writeValueAsString(view), JsonTransactionResponse.class);

      assertThat(parsed.calculateHash(sdk)).isEqualTo(Hex.encodePrefixed(tx.hash(ours(sm))));
      assertThat(parsed.getFrom()).isEqualTo(Hex.encodePrefixed(ours(sm).address(key.publicKey())));
      // the SDK's own signature check accepts what we signed
      assertThat(
              sdk.verify(
                  key.publicKeyHex(),
                  tx.signingHash(ours(sm)),
                  sdkSignatureBytes(tx.signature(), sm)))
          .isTrue();
    }
  }

  /** The SDK verifies SM2 over plain r‖s and ECDSA over r‖s‖v. */
  private static byte[] sdkSignatureBytes(org.jbcos.crypto.Signature s, boolean sm) {
    byte[] all = s.toBytes();
    return sm ? java.util.Arrays.copyOf(all, 64) : all;
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void sdkRecomputesOurBlockHeaderHash(boolean sm) throws Exception {
    org.fisco.bcos.sdk.crypto.CryptoSuite sdk = sdkSuite(sm);
    Random rnd = new Random(5);
    BlockHeader header =
        new BlockHeader(
            randomBytes(rnd, 32),
            randomBytes(rnd, 32),
            randomBytes(rnd, 32),
            randomBytes(rnd, 32),
            randomBytes(rnd, 32),
            LogBloom.wrap(randomBytes(rnd, 256)),
            123456,
            BigInteger.ZERO,
            BigInteger.valueOf(987654),
            1_700_000_000_000L,
            List.of(randomBytes(rnd, 3)),
            BigInteger.TWO,
            List.of(randomBytes(rnd, 64), randomBytes(rnd, 64), randomBytes(rnd, 64)));
    Map<String, Object> view = JsonViews.header(header, ours(sm), false, List.of());
    BcosBlockHeader.BlockHeader parsed =
        JSON.readValue(JSON.writeValueAsString(view), BcosBlockHeader.BlockHeader.class);
    assertThat(parsed.calculateHash(sdk)).isEqualTo(Hex.encodePrefixed(header.hash(ours(sm))));
  }
}
