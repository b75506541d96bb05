package org.jbcos.tools.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.evm.Word;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StateTestLoaderTest {
  private final StateTestLoader loader = new StateTestLoader();

  @Test
  void readsARealFixture() throws Exception {
    Optional<Path> root = StateFixtures.generalStateTests();
    Assumptions.assumeTrue(root.isPresent(), "shared/fixtures not found");
    Path file = root.get().resolve("stExample/add11.json");

    List<StateTest> tests = loader.load(file);

    assertThat(tests).hasSize(1);
    StateTest t = tests.get(0);
    assertThat(t.file()).isEqualTo(file);
    assertThat(t.name()).isEqualTo("add11");
    assertThat(t.env())
        .isEqualTo(
            new StateTest.Env(
                Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"),
                BigInteger.valueOf(0x020000),
                1_000_000,
                1,
                1000));
    StateTest.Account contract =
        t.pre().get(Address.fromHex("0x095e7baea6a6c7c4c2dfeb977efac326af552d87"));
    assertThat(contract.balance()).isEqualTo(new BigInteger("0de0b6b3a7640000", 16));
    assertThat(contract.nonce()).isZero();
    assertThat(Hex.encodePrefixed(contract.code())).isEqualTo("0x6001600101600055");
    assertThat(contract.storage()).isEmpty();
    assertThat(t.pre().get(Address.fromHex(StateFixtures.SENDER)).code()).isEmpty();

    StateTest.Transaction tx = t.transaction();
    assertThat(tx.sender()).isEqualTo(Address.fromHex(StateFixtures.SENDER));
    assertThat(tx.to()).contains(Address.fromHex("0x095e7baea6a6c7c4c2dfeb977efac326af552d87"));
    assertThat(tx.data()).singleElement().satisfies(d -> assertThat(d).isEmpty());
    assertThat(tx.gasLimit()).containsExactly(BigInteger.valueOf(400_000));
    assertThat(tx.value()).containsExactly(BigInteger.valueOf(100_000));
    assertThat(tx.gasPrice()).isEqualTo(BigInteger.ONE);
    assertThat(tx.nonce()).isZero();

    assertThat(t.post()).containsKeys("ConstantinopleFix", "Byzantium", "Frontier");
    assertThat(t.post().get("ConstantinopleFix"))
        .containsExactly(
            new StateTest.PostState(
                0,
                0,
                0,
                Word.fromHex("0x17454a767e5f04461256f3812ffca930443c04a47d05ce3f38940c4a14b8c479"),
                Word.fromHex(StateFixtures.EMPTY_LOGS)));
  }

  @Test
  void keepsGasLimitsBeyond64BitsAndReadsCreations() throws Exception {
    String json =
        StateFixtures.invalidGasTest("big", StateFixtures.SENDER_ONLY_ROOT)
            .replace("\"to\": \"0x095e7baea6a6c7c4c2dfeb977efac326af552d87\"", "\"to\": \"\"");

    StateTest t = loader.parse(Path.of("big.json"), json).get(0);

    assertThat(t.transaction().gasLimit().get(0))
        .isEqualTo(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));
    assertThat(t.transaction().to()).isEmpty();
    assertThat(t.post().get("Byzantium")).isEmpty();
  }

  @Test
  void storageKeysAndValuesMayHaveLeadingZerosAndZeroValuesAreDropped() throws Exception {
    String json =
        StateFixtures.invalidGasTest("s", StateFixtures.SENDER_ONLY_ROOT)
            .replace(
                "\"storage\": {}",
                "\"storage\": {\"0x0001\": \"0x00ff\", \"0x02\": \"0x00\", \"0x\": \"0x01\"}");

    StateTest t = loader.parse(Path.of("s.json"), json).get(0);

    assertThat(t.pre().get(Address.fromHex(StateFixtures.SENDER)).storage())
        .containsOnly(
            org.assertj.core.api.Assertions.entry(Word.ONE, Word.of(0xff)),
            org.assertj.core.api.Assertions.entry(Word.ZERO, Word.ONE));
  }

  @Test
  void accountNoncesUpTo64BitsAreKept() throws Exception {
    String json =
        StateFixtures.invalidGasTest("n", StateFixtures.SENDER_ONLY_ROOT)
            .replace(
                "\"code\": \"0x\", \"nonce\": \"0x00\"",
                "\"code\": \"0x\", \"nonce\": \"0xffffffffffffffff\"");

    StateTest t = loader.parse(Path.of("n.json"), json).get(0);

    assertThat(t.pre().get(Address.fromHex(StateFixtures.SENDER)).nonce()).isEqualTo(-1L);
    assertThatThrownBy(
            () ->
                loader.parse(
                    Path.of("n.json"), json.replace("0xffffffffffffffff", "0x010000000000000000")))
        .hasMessageContaining("does not fit in 64 bits");
  }

  @Test
  void malformedJsonNamesTheFileAndThePlace() {
    assertThatThrownBy(() -> loader.parse(Path.of("broken.json"), "{\n  \"a\": {\n"))
        .isInstanceOf(StateTestFormatException.class)
        .hasMessageStartingWith("broken.json: not valid JSON: ")
        .hasMessageContaining("line ");
  }

  @Test
  void aMissingFieldNamesTheTestAndTheField() {
    String json =
        StateFixtures.invalidGasTest("t1", StateFixtures.SENDER_ONLY_ROOT)
            .replace("\"currentGasLimit\": \"0x0f4240\",", "");

    assertThatThrownBy(() -> loader.parse(Path.of("f.json"), json))
        .isInstanceOf(StateTestFormatException.class)
        .hasMessage("f.json: test t1: missing field 'currentGasLimit'");
  }

  @Test
  void aBadNumberIsReported() {
    String json =
        StateFixtures.invalidGasTest("t2", StateFixtures.SENDER_ONLY_ROOT)
            .replace("\"gasPrice\": \"0x01\"", "\"gasPrice\": \"0xzz\"");

    assertThatThrownBy(() -> loader.parse(Path.of("f.json"), json))
        .isInstanceOf(StateTestFormatException.class)
        .hasMessage("f.json: test t2: transaction.gasPrice: not a number: '0xzz'");
  }

  @Test
  void textAfterTheTopLevelObjectIsRejected() {
    assertThatThrownBy(() -> loader.parse(Path.of("t.json"), "{} {}"))
        .isInstanceOf(StateTestFormatException.class)
        .hasMessageStartingWith("t.json: not valid JSON: ");
  }

  @Test
  void aTopLevelArrayIsRejected() {
    assertThatThrownBy(() -> loader.parse(Path.of("a.json"), "[]"))
        .isInstanceOf(StateTestFormatException.class)
        .hasMessageContaining("expected a JSON object");
  }
}
