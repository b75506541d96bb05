package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.Address;
import org.jbcos.evm.TransactionResult;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.ErrorCode;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1001 reached by transactions and calls: user tables u_name and 2.9's naming rules. */
class TableFactoryPrecompiledTest {
  private static final String CREATE = "createTable(string,string,string) returns (int256)";
  private static final String OPEN = "openTable(string) returns (address)";

  static TransactionReceipt create(SystemContractChain chain, String name, String key, String v) {
    return chain
        .block(PrecompiledAddresses.TABLE_FACTORY, chain.function(CREATE).encodeCall(name, key, v))
        .get(0);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void createsUserTablesWithTheirSchemaRow(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);

    TransactionReceipt r = create(chain, "t_test", " name ", "item_id, item_name");

    assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(SystemContractChain.code(r)).isZero();
    List<Entry> schema = chain.rows(SystemTables.TABLES, "u_t_test");
    assertThat(schema).hasSize(1);
    assertThat(schema.get(0).getOrEmpty("key_field")).isEqualTo("name");
    assertThat(schema.get(0).getOrEmpty("value_field")).isEqualTo("item_id,item_name");

    assertThat(SystemContractChain.code(create(chain, "t_test", "k", "v")))
        .isEqualTo(ErrorCode.TABLE_NAME_ALREADY_EXISTS.code());
    assertThat(chain.rows(SystemTables.TABLES, "u_t_test")).isEqualTo(schema);
  }

  static Stream<Arguments> brokenRules() {
    String longField = "f".repeat(65);
    String manyFields = String.join(",", Collections.nCopies(20, "f".repeat(60)));
    // each field unique: f0…, 20 × 61 characters joined > 1024
    StringBuilder unique = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      unique.append(i == 0 ? "" : ",").append(("f" + i + "x".repeat(60)).substring(0, 60));
    }
    return Stream.of(
        Arguments.of("n".repeat(49), "k", "v", ErrorCode.TABLE_NAME_LENGTH_OVERFLOW),
        Arguments.of("t", longField, "v", ErrorCode.FIELD_NAME_LENGTH_OVERFLOW),
        Arguments.of("t", "k", "v," + longField, ErrorCode.FIELD_NAME_LENGTH_OVERFLOW),
        Arguments.of("t", "k", manyFields, ErrorCode.DUPLICATE_FIELD),
        Arguments.of("t", "k", unique.toString(), ErrorCode.FIELD_NAMES_TOTAL_LENGTH_OVERFLOW),
        Arguments.of("t", "k", "v,k", ErrorCode.DUPLICATE_FIELD),
        Arguments.of("t", "k", "v,v", ErrorCode.DUPLICATE_FIELD),
        Arguments.of("t-1", "k", "v", ErrorCode.INVALID_NAME_OR_FIELD),
        Arguments.of("t", "_k", "v", ErrorCode.INVALID_NAME_OR_FIELD),
        Arguments.of("t", "k", "v,a b", ErrorCode.INVALID_NAME_OR_FIELD),
        Arguments.of("t", "k", "v,", ErrorCode.INVALID_NAME_OR_FIELD),
        Arguments.of("t", "k", "", ErrorCode.INVALID_NAME_OR_FIELD));
  }

  @ParameterizedTest(name = "{3}: {0} {1} {2}")
  @MethodSource("brokenRules")
  void refusesTablesThatBreakTheRules(String name, String key, String values, ErrorCode error) {
    SystemContractChain chain = new SystemContractChain(false);

    TransactionReceipt r = create(chain, name, key, values);

    assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(SystemContractChain.code(r)).isEqualTo(error.code());
    assertThat(chain.rows(SystemTables.TABLES, "u_" + name)).isEmpty();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void aNameOf48CharactersIsTheLongest(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    assertThat(SystemContractChain.code(create(chain, "n".repeat(48), "k", "v"))).isZero();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void opensATableAtTheFirstTemporaryAddressOrGivesZero(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    create(chain, "t", "k", "v");
    AbiFunction open = chain.function(OPEN);

    TransactionResult found = chain.call(PrecompiledAddresses.TABLE_FACTORY, open.encodeCall("t"));
    TransactionResult missing =
        chain.call(PrecompiledAddresses.TABLE_FACTORY, open.encodeCall("nope"));

    assertThat(open.decodeOutput(found.output()))
        .containsExactly(new Address(org.jbcos.evm.Address.ofLong(0x10001).toBytes()));
    assertThat(open.decodeOutput(missing.output())).containsExactly(Address.ZERO);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void answersAnUnknownSelectorWithItsCode(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    TransactionReceipt r =
        chain.block(PrecompiledAddresses.TABLE_FACTORY, new byte[] {1, 2, 3, 4}).get(0);
    assertThat(SystemContractChain.code(r)).isEqualTo(ReturnCodes.UNKNOWN_FUNCTION_CALL);
  }
}
