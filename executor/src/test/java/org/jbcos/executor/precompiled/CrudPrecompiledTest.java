package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1002 with the JSON strings the SDK's TableCRUDService sends. */
class CrudPrecompiledTest {
  private static final String INSERT = "insert(string,string,string,string) returns (int256)";
  private static final String UPDATE =
      "update(string,string,string,string,string) returns (int256)";
  private static final String REMOVE = "remove(string,string,string,string) returns (int256)";
  private static final String SELECT = "select(string,string,string,string) returns (string)";
  private static final String DESC = "desc(string) returns (string,string)";

  /** A chain with the table fruit (key name, fields item_id and item_name). */
  private static final class Fruit {
    final SystemContractChain chain;

    Fruit(boolean sm) {
      chain = new SystemContractChain(sm);
      TableFactoryPrecompiledTest.create(chain, "fruit", "name", "item_id,item_name");
    }

    TransactionReceipt send(String signature, Object... args) {
      return chain
          .block(PrecompiledAddresses.CRUD, chain.function(signature).encodeCall(args))
          .get(0);
    }

    int code(String signature, Object... args) {
      TransactionReceipt r = send(signature, args);
      assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
      return SystemContractChain.code(r);
    }

    String select(String key, String condition) {
      AbiFunction select = chain.function(SELECT);
      return (String)
          select
              .decodeOutput(
                  chain
                      .call(
                          PrecompiledAddresses.CRUD, select.encodeCall("fruit", key, condition, ""))
                      .output())
              .get(0);
    }

    List<Entry> rows() {
      return chain.rows("u_fruit", "fruit");
    }
  }

  private final Fruit f = new Fruit(false);
  private final SystemContractChain chain = f.chain;

  private int code(String signature, Object... args) {
    return f.code(signature, args);
  }

  private TransactionReceipt send(String signature, Object... args) {
    return f.send(signature, args);
  }

  private List<Entry> rows() {
    return f.rows();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void insertsSelectsUpdatesAndRemovesRows(boolean sm) {
    Fruit t = new Fruit(sm);
    assertThat(
            t.code(
                INSERT,
                "fruit",
                "fruit",
                "{\"name\":\"fruit\",\"item_id\":\"1\",\"item_name\":\"apple\"}",
                "{}"))
        .isEqualTo(1);
    assertThat(t.code(INSERT, "fruit", "fruit", "{\"item_id\":2,\"item_name\":\"pear\"}", ""))
        .isEqualTo(1);

    assertThat(t.select("fruit", "{}"))
        .isEqualTo(
            "[{\"item_id\":\"1\",\"item_name\":\"apple\",\"name\":\"fruit\"},"
                + "{\"item_id\":\"2\",\"item_name\":\"pear\",\"name\":\"fruit\"}]");
    assertThat(t.select("fruit", "{\"item_id\":{\"gt\":\"1\"}}"))
        .contains("pear")
        .doesNotContain("apple");
    assertThat(t.select("fruit", "{\"item_name\":{\"ne\":\"pear\"},\"limit\":{\"limit\":\"0,5\"}}"))
        .contains("apple")
        .doesNotContain("pear");
    assertThat(t.select("fruit", "{\"limit\":{\"limit\":\"1,1\"}}"))
        .contains("pear")
        .doesNotContain("apple");
    assertThat(t.select("other", "{}")).isEqualTo("[]");

    assertThat(
            t.code(
                UPDATE,
                "fruit",
                "fruit",
                "{\"item_name\":\"orange\"}",
                "{\"item_id\":{\"eq\":\"2\"}}",
                ""))
        .isEqualTo(1);
    assertThat(t.rows())
        .extracting(e -> e.getOrEmpty("item_name"))
        .containsExactly("apple", "orange");

    assertThat(t.code(REMOVE, "fruit", "fruit", "{\"item_id\":{\"le\":\"1\"}}", "")).isEqualTo(1);
    assertThat(t.rows()).extracting(e -> e.getOrEmpty("item_name")).containsExactly("orange");
    assertThat(t.code(REMOVE, "fruit", "fruit", "{\"item_id\":{\"eq\":\"9\"}}", "")).isZero();
  }

  @Test
  void describesATable() {
    AbiFunction desc = chain.function(DESC);
    assertThat(
            desc.decodeOutput(
                chain.call(PrecompiledAddresses.CRUD, desc.encodeCall("fruit")).output()))
        .containsExactly("name", "item_id,item_name");
    assertThat(
            desc.decodeOutput(
                chain.call(PrecompiledAddresses.CRUD, desc.encodeCall("none")).output()))
        .containsExactly("", "");
  }

  @Test
  void selectsTheSchemaTableByItsOwnName() {
    AbiFunction select = chain.function(SELECT);
    String json =
        (String)
            select
                .decodeOutput(
                    chain
                        .call(
                            PrecompiledAddresses.CRUD,
                            select.encodeCall("_sys_tables_", "u_fruit", "{}", ""))
                        .output())
                .get(0);
    assertThat(json)
        .isEqualTo(
            "[{\"key_field\":\"name\",\"table_name\":\"u_fruit\",\"value_field\":\"item_id,item_name\"}]");
  }

  @Test
  void refusesWithTheCodesOf29AndLeavesTheTableUnchanged() {
    code(INSERT, "fruit", "fruit", "{\"item_id\":\"1\"}", "");
    List<Entry> before = rows();

    assertThat(code(INSERT, "none", "fruit", "{}", "")).isEqualTo(ErrorCode.TABLE_NOT_EXIST.code());
    assertThat(code(UPDATE, "none", "fruit", "{}", "{}", ""))
        .isEqualTo(ErrorCode.TABLE_NOT_EXIST.code());
    assertThat(code(REMOVE, "none", "fruit", "{}", "")).isEqualTo(ErrorCode.TABLE_NOT_EXIST.code());
    assertThat(code(INSERT, "fruit", "k".repeat(256), "{}", ""))
        .isEqualTo(ErrorCode.KEY_VALUE_LENGTH_OVERFLOW.code());
    assertThat(code(INSERT, "fruit", "fruit", "{item_id:1", ""))
        .isEqualTo(ReturnCodes.PARSE_ENTRY_ERROR);
    assertThat(code(INSERT, "fruit", "fruit", "[]", "")).isEqualTo(ReturnCodes.PARSE_ENTRY_ERROR);
    assertThat(code(INSERT, "fruit", "fruit", "{\"item_id\":{\"a\":1}}", ""))
        .isEqualTo(ReturnCodes.PARSE_ENTRY_ERROR);
    assertThat(code(UPDATE, "fruit", "fruit", "{\"item_id\":", "{}", ""))
        .isEqualTo(ReturnCodes.PARSE_ENTRY_ERROR);
    assertThat(code(UPDATE, "fruit", "fruit", "{\"name\":\"x\"}", "{}", ""))
        .isEqualTo(ErrorCode.UPDATE_KEY_NOT_ALLOWED.code());
    assertThat(code(UPDATE, "fruit", "fruit", "{\"item_id\":\"5\"}", "{\"item_id\":", ""))
        .isEqualTo(ReturnCodes.PARSE_CONDITION_ERROR);
    assertThat(
            code(
                UPDATE,
                "fruit",
                "fruit",
                "{\"item_id\":\"5\"}",
                "{\"item_id\":{\"like\":\"1\"}}",
                ""))
        .isEqualTo(ReturnCodes.CONDITION_OPERATION_UNDEFINED);
    assertThat(code(REMOVE, "fruit", "fruit", "{\"item_id\":{\"gt\":\"one\"}}", ""))
        .isEqualTo(ReturnCodes.PARSE_CONDITION_ERROR);
    assertThat(code(REMOVE, "fruit", "fruit", "{\"limit\":{\"limit\":\"1\"}}", ""))
        .isEqualTo(ReturnCodes.PARSE_CONDITION_ERROR);
    assertThat(code(REMOVE, "fruit", "fruit", "{\"item_id\":\"1\"}", ""))
        .isEqualTo(ReturnCodes.PARSE_CONDITION_ERROR);

    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void selectAnswersCodesAsAWord() {
    AbiFunction select = chain.function(SELECT);
    byte[] missing =
        chain.call(PrecompiledAddresses.CRUD, select.encodeCall("none", "k", "{}", "")).output();
    byte[] badCondition =
        chain.call(PrecompiledAddresses.CRUD, select.encodeCall("fruit", "k", "{", "")).output();
    assertThat(new java.math.BigInteger(missing).intValueExact())
        .isEqualTo(ErrorCode.TABLE_NOT_EXIST.code());
    assertThat(new java.math.BigInteger(badCondition).intValueExact())
        .isEqualTo(ReturnCodes.PARSE_CONDITION_ERROR);
  }

  @Test
  void anUnknownFieldFailsTheTransactionAndWritesNothing() {
    TransactionReceipt r = send(INSERT, "fruit", "fruit", "{\"colour\":\"red\"}", "");
    assertThat(r.status()).isEqualTo(ReceiptStatus.PRECOMPILED_ERROR.code());
    assertThat(rows()).isEmpty();
  }
}
