package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbiTypeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "uint; uint256",
        "int; int256",
        "uint8; uint8",
        "byte; bytes1",
        "bytes32; bytes32",
        "address; address",
        "bool; bool",
        "string; string",
        "bytes; bytes",
        "uint[]; uint256[]",
        "string[2]; string[2]",
        "uint256[][]; uint256[][]",
        "uint8[2][]; uint8[2][]",
        "(uint,string); (uint256,string)",
        "(uint256,(bool,address[])[2])[]; (uint256,(bool,address[])[2])[]",
        "' ( uint , bytes [ 3 ] ) [ ] '; (uint256,bytes[3])[]",
        "'\tint\n'; int256",
      })
  void parsesToCanonicalNames(String name, String canonical) {
    assertThat(AbiType.parse(name).canonicalName()).isEqualTo(canonical);
  }

  @Test
  void parsesIntoTheTypeRecords() {
    assertThat(AbiType.parse("uint")).isEqualTo(AbiType.UINT256).isEqualTo(AbiType.uintN(256));
    assertThat(AbiType.parse("int8")).isEqualTo(AbiType.intN(8));
    assertThat(AbiType.parse("bytes4")).isEqualTo(AbiType.bytesN(4));
    assertThat(AbiType.parse("(address,string[])[3]"))
        .isEqualTo(AbiType.array(AbiType.tuple(AbiType.ADDRESS, AbiType.array(AbiType.STRING)), 3));
  }

  @Test
  void parsesTypeLists() {
    assertThat(AbiType.parseList("")).isEmpty();
    assertThat(AbiType.parseList("  ")).isEmpty();
    assertThat(AbiType.parseList("uint, (bool,int8)"))
        .containsExactly(AbiType.UINT256, AbiType.tuple(AbiType.BOOL, AbiType.intN(8)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "uint7",
        "uint0",
        "uint264",
        "int264",
        "int1024",
        "uint08",
        "bytes0",
        "bytes33",
        "bytes033",
        "foo",
        "Uint256",
        "uint 256",
        "fixed128x18",
        "ufixed",
        "function",
        "",
        "()",
        "(uint256",
        "(uint256,)",
        "uint256)",
        "uint256[",
        "uint256[0]",
        "uint256[01]",
        "uint256[-1]",
        "uint256[x]",
        "uint256[9999999999]",
        "uint256[1000000][1000000]",
        "uint256 extra",
        "uint256,",
      })
  void rejectsInvalidNames(String name) {
    assertThatThrownBy(() -> AbiType.parse(name))
        .isInstanceOf(AbiException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void errorMessagesSayWhatIsWrong() {
    assertThatThrownBy(() -> AbiType.parse("uint7"))
        .hasMessage("invalid type uint7: the size must be a multiple of 8 from 8 to 256");
    assertThatThrownBy(() -> AbiType.parse("bytes33"))
        .hasMessage("invalid type bytes33: the size must be from 1 to 32");
    assertThatThrownBy(() -> AbiType.parse("int264"))
        .hasMessage("invalid type int264: the size must be a multiple of 8 from 8 to 256");
    assertThatThrownBy(() -> AbiType.parse("foo")).hasMessage("unknown type 'foo' in 'foo'");
    assertThatThrownBy(() -> AbiType.parse("uint256[0]"))
        .hasMessage("invalid type uint256[0]: length must be positive");
    assertThatThrownBy(() -> AbiType.parse("(uint256"))
        .hasMessage("cannot parse '(uint256' at end of input: expected ',' or ')'");
  }

  @Test
  void rejectsExcessiveNesting() {
    assertThat(AbiType.parse("uint8" + "[]".repeat(31)).canonicalName()).endsWith("[]");
    assertThatThrownBy(() -> AbiType.parse("uint8" + "[]".repeat(40)))
        .isInstanceOf(AbiException.class)
        .hasMessageContaining("nested deeper than 32");
    assertThatThrownBy(() -> AbiType.parse("(".repeat(40) + "uint8" + ")".repeat(40)))
        .hasMessageContaining("nested deeper than 32");
  }

  @Test
  void dynamicAndHeadSize() {
    assertThat(AbiType.parse("uint8").isDynamic()).isFalse();
    assertThat(AbiType.parse("bytes32").isDynamic()).isFalse();
    assertThat(AbiType.parse("bytes").isDynamic()).isTrue();
    assertThat(AbiType.parse("string").isDynamic()).isTrue();
    assertThat(AbiType.parse("uint8[]").isDynamic()).isTrue();

    AbiType staticArray = AbiType.parse("uint8[3][2]");
    assertThat(staticArray.isDynamic()).isFalse();
    assertThat(staticArray.headSize()).isEqualTo(6 * 32);

    AbiType dynamicFixedArray = AbiType.parse("string[2]");
    assertThat(dynamicFixedArray.isDynamic()).isTrue();
    assertThat(dynamicFixedArray.headSize()).isEqualTo(32);

    AbiType staticTuple = AbiType.parse("(uint8,address,bytes4[2])");
    assertThat(staticTuple.isDynamic()).isFalse();
    assertThat(staticTuple.headSize()).isEqualTo(4 * 32);

    AbiType dynamicTuple = AbiType.parse("(uint8,bytes)");
    assertThat(dynamicTuple.isDynamic()).isTrue();
    assertThat(dynamicTuple.headSize()).isEqualTo(32);
  }

  @Test
  void constructorsValidateToo() {
    assertThatThrownBy(() -> new UintType(12)).isInstanceOf(AbiException.class);
    assertThatThrownBy(() -> new FixedBytesType(0)).isInstanceOf(AbiException.class);
    assertThatThrownBy(() -> new FixedArrayType(AbiType.BOOL, 0)).isInstanceOf(AbiException.class);
    assertThatThrownBy(() -> new TupleType(List.of())).isInstanceOf(AbiException.class);
  }
}
