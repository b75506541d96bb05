package org.jbcos.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import org.fisco.bcos.sdk.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.model.CryptoType;
import org.fisco.bcos.sdk.transaction.codec.encode.TransactionEncoderService;
import org.fisco.bcos.sdk.transaction.model.po.RawTransaction;
import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Result r = run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("version", "tx", "up", "down", "node", "build-chain", "FISCO BCOS 2.x");
  }

  @Test
  void versionNamesTheCryptoBackEnds() {
    Result r = run("version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("JBCOS", "2.9.0", "secp256k1-native", "sm2");
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void decodesWhatTheOfficialSdkSigned(boolean sm) throws Exception {
    org.fisco.bcos.sdk.crypto.CryptoSuite sdk =
        new org.fisco.bcos.sdk.crypto.CryptoSuite(sm ? CryptoType.SM_TYPE : CryptoType.ECDSA_TYPE);
    CryptoKeyPair account = sdk.createKeyPair();
    RawTransaction raw =
        RawTransaction.createTransaction(
            new BigInteger("1234567890abcdef1234567890", 16),
            BigInteger.valueOf(22_000_000_000L),
            BigInteger.valueOf(4_300_000),
            BigInteger.valueOf(501),
            "0x8c17cf316c1063ab6c89df875e96c9f0f5b2f744",
            BigInteger.ZERO,
            "0x4ed3885e",
            BigInteger.ONE,
            BigInteger.valueOf(2),
            "");
    byte[] signed = new TransactionEncoderService(sdk).encodeAndSignBytes(raw, account);

    Result r =
        sm
            ? run("tx", "decode", "--sm", Hex.encodePrefixed(signed))
            : run("tx", "decode", Hex.encodePrefixed(signed));

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("hash").asText()).isEqualTo(Hex.encodePrefixed(sdk.hash(signed)));
    assertThat(json.get("from").asText()).isEqualTo(account.getAddress());
    assertThat(json.get("to").asText()).isEqualTo("0x8c17cf316c1063ab6c89df875e96c9f0f5b2f744");
    assertThat(json.get("blockLimit").asText()).isEqualTo("0x1f5");
    assertThat(json.get("groupId").asText()).isEqualTo("0x2");
    assertThat(json.get("chainId").asText()).isEqualTo("0x1");
    assertThat(json.get("input").asText()).isEqualTo("0x4ed3885e");
    assertThat(json.get("nonce").asText()).isEqualTo("0x1234567890abcdef1234567890");
    String v = json.get("signature").get("v").asText();
    if (sm) {
      String pub = account.getHexPublicKey().replaceFirst("^0x", "");
      assertThat(v).isEqualTo("0x" + pub.substring(pub.length() - 128));
    } else {
      assertThat(v).isIn("0x0", "0x1");
    }
  }

  @Test
  void smTransactionWithoutSmFlagGetsAHint() throws Exception {
    org.fisco.bcos.sdk.crypto.CryptoSuite sdk =
        new org.fisco.bcos.sdk.crypto.CryptoSuite(CryptoType.SM_TYPE);
    RawTransaction raw =
        RawTransaction.createTransaction(
            BigInteger.ONE,
            BigInteger.ONE,
            BigInteger.ONE,
            BigInteger.TEN,
            "",
            BigInteger.ZERO,
            "0x00",
            BigInteger.ONE,
            BigInteger.ONE,
            "");
    byte[] signed = new TransactionEncoderService(sdk).encodeAndSignBytes(raw, sdk.createKeyPair());
    Result r = run("tx", "decode", Hex.encodePrefixed(signed));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("add --sm").doesNotContain("\tat ");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void malformedInputIsAOneLineError() {
    for (String bad : new String[] {"0xzz", "0x", "0xc0", "0xf8", "0x" + "00".repeat(10)}) {
      Result r = run("tx", "decode", bad);
      assertThat(r.exitCode()).as(bad).isEqualTo(1);
      assertThat(r.err()).as(bad).startsWith("error: ");
      assertThat(r.err().lines().count()).as(bad).isEqualTo(1);
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void missingArgumentIsAUsageError() {
    Result r = run("tx", "decode");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter");
  }
}
