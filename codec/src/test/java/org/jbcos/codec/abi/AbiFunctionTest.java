package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jbcos.codec.abi.TestValues.hex;
import static org.jbcos.codec.abi.TestValues.word;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbiFunctionTest {
  /** {@code set("FISCO BCOS")} as sent to the HelloWorld contract of the FISCO BCOS tutorials. */
  private static final String FISCO_SET_CALL =
      "0x4ed3885e"
          + "0000000000000000000000000000000000000000000000000000000000000020"
          + "000000000000000000000000000000000000000000000000000000000000000a"
          + "464953434f2042434f5300000000000000000000000000000000000000000000";

  @ParameterizedTest
  @CsvSource({
    "keccak256, set(string), 4ed3885e",
    "keccak256, Error(string), 08c379a0",
    "sm3, Error(string), c703cb12",
    "keccak256, 'transfer(address,uint256)', a9059cbb",
    "keccak256, 'transfer(address, uint)', a9059cbb",
    "keccak256, get(), 6d4ce63c",
    "keccak256, 'baz(uint32,bool)', cdcd77c0",
  })
  void selectors(String hash, String signature, String selector) {
    AbiFunction function =
        AbiFunction.parse(signature, hash.equals("sm3") ? Sm3.INSTANCE : Keccak256.INSTANCE);

    assertThat(Hex.encode(function.selector())).isEqualTo(selector);
  }

  @Test
  void selectorIsTheHashPrefixOfTheCanonicalSignature() {
    AbiFunction sm = AbiFunction.parse("set(string)", Sm3.INSTANCE);

    byte[] sm3 = Sm3.INSTANCE.hash("set(string)".getBytes(StandardCharsets.UTF_8));
    assertThat(sm.selector()).isEqualTo(Arrays.copyOf(sm3, 4));
  }

  @Test
  void decodesTheFiscoHelloWorldCall() {
    AbiFunction set = AbiFunction.parse("set(string)", Keccak256.INSTANCE);
    byte[] calldata = Hex.decode(FISCO_SET_CALL);

    assertThat(set.matches(calldata)).isTrue();
    assertThat(set.decodeInput(calldata)).containsExactly("FISCO BCOS");
    assertThat(set.encodeCall("FISCO BCOS")).isEqualTo(calldata);
  }

  @Test
  void canonicalSignatureAndAccessors() {
    AbiFunction f =
        AbiFunction.parse(
            " register ( address , (uint, string)[] , bytes32 ) returns (bool, uint)",
            Keccak256.INSTANCE);

    assertThat(f.name()).isEqualTo("register");
    assertThat(f.signature()).isEqualTo("register(address,(uint256,string)[],bytes32)");
    assertThat(f.inputs()).hasSize(3);
    assertThat(f.outputs()).containsExactly(AbiType.BOOL, AbiType.UINT256);
    assertThat(f)
        .hasToString("register(address,(uint256,string)[],bytes32) returns (bool,uint256)");
  }

  @Test
  void ofBuildsTheSameFunctionAsParse() {
    AbiFunction built =
        AbiFunction.of(
            "transfer",
            List.of(AbiType.ADDRESS, AbiType.UINT256),
            List.of(AbiType.BOOL),
            Keccak256.INSTANCE);
    AbiFunction parsed =
        AbiFunction.parse("transfer(address,uint256) returns (bool)", Keccak256.INSTANCE);

    assertThat(built.signature()).isEqualTo(parsed.signature());
    assertThat(built.selector()).isEqualTo(parsed.selector());
    assertThat(built.outputs()).isEqualTo(parsed.outputs());
  }

  @Test
  void selectorDependsOnTheChainHash() {
    AbiFunction keccak = AbiFunction.parse("set(string)", Keccak256.INSTANCE);
    AbiFunction sm = AbiFunction.parse("set(string)", Sm3.INSTANCE);

    assertThat(sm.selector()).isNotEqualTo(keccak.selector());
    assertThat(sm.matches(Hex.decode(FISCO_SET_CALL))).isFalse();
  }

  @Test
  void encodesAndDecodesCallsAndResults() {
    AbiFunction transfer =
        AbiFunction.parse("transfer(address,uint256) returns (bool)", Keccak256.INSTANCE);
    Address to = Address.fromHex("0x5b38da6a701c568545dcfcb03fcb875f56beddc4");

    byte[] call = transfer.encodeCall(to, BigInteger.TEN.pow(18));

    assertThat(call)
        .isEqualTo(
            hex(
                "a9059cbb",
                "0000000000000000000000005b38da6a701c568545dcfcb03fcb875f56beddc4",
                "0000000000000000000000000000000000000000000000000de0b6b3a7640000"));
    assertThat(transfer.decodeInput(call)).containsExactly(to, BigInteger.TEN.pow(18));
    byte[] output = transfer.encodeOutput(true);
    assertThat(output).isEqualTo(hex(word(1)));
    assertThat(transfer.decodeOutput(output)).containsExactly(true);
  }

  @Test
  void wrongSelectorIsAClearError() {
    AbiFunction get = AbiFunction.parse("get()", Keccak256.INSTANCE);

    assertThatThrownBy(() -> get.decodeInput(Hex.decode(FISCO_SET_CALL)))
        .isInstanceOf(AbiException.class)
        .hasMessage("calldata selector 0x4ed3885e is not the selector 0x6d4ce63c of get()");
    assertThatThrownBy(() -> get.decodeInput(new byte[3]))
        .isInstanceOf(AbiException.class)
        .hasMessage("calldata of 3 bytes is too short to hold a 4-byte selector");
    assertThat(get.matches(new byte[3])).isFalse();
  }

  @Test
  void decodeInputOffsetsCountTheSelector() {
    AbiFunction set = AbiFunction.parse("set(string)", Keccak256.INSTANCE);
    byte[] dirty = Hex.decode(FISCO_SET_CALL);
    dirty[dirty.length - 1] = 1;

    assertThatThrownBy(() -> set.decodeInput(dirty))
        .isInstanceOf(AbiException.class)
        .hasMessage("string at byte 36: nonzero padding after the contents (nonzero byte at 99)");
  }

  @Test
  void functionsWithoutArguments() {
    AbiFunction get = AbiFunction.parse("get() returns (string)", Keccak256.INSTANCE);

    assertThat(get.encodeCall()).isEqualTo(Hex.decode("6d4ce63c"));
    assertThat(get.decodeInput(Hex.decode("6d4ce63c"))).isEmpty();
    assertThatThrownBy(() -> get.decodeInput(Hex.decode("6d4ce63c00")))
        .isInstanceOf(AbiException.class);
  }

  @Test
  void argumentErrorsNameTheArgument() {
    AbiFunction transfer = AbiFunction.parse("transfer(address,uint256)", Keccak256.INSTANCE);

    assertThatThrownBy(() -> transfer.encodeCall(Address.ZERO, -5))
        .isInstanceOf(AbiException.class)
        .hasMessage("at argument 1: uint256 cannot hold -5 (range 0 to 2^256-1)");
    assertThatThrownBy(() -> transfer.encodeCall(Address.ZERO))
        .hasMessage("expected 2 values for (address,uint256), got 1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "set",
        "set(",
        "(string)",
        "1set(string)",
        "set(strin)",
        "set(string) extra",
        "set(string x)",
        "set(string indexed)",
        "get() returns",
        "get() returns (",
        "get() yields (uint256)",
      })
  void rejectsMalformedSignatures(String signature) {
    assertThatThrownBy(() -> AbiFunction.parse(signature, Keccak256.INSTANCE))
        .isInstanceOf(AbiException.class);
  }

  @Test
  void rejectsInvalidNamesInOf() {
    assertThatThrownBy(() -> AbiFunction.of("a-b", List.of(), List.of(), Keccak256.INSTANCE))
        .isInstanceOf(AbiException.class)
        .hasMessage("'a-b' is not a valid function name");
  }
}
