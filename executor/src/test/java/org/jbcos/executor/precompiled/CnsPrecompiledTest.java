package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.Address;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1004: names and versions of contracts in _sys_cns_. */
class CnsPrecompiledTest {
  private static final String INSERT = "insert(string,string,string,string) returns (uint256)";
  private static final String BY_NAME = "selectByName(string) returns (string)";
  private static final String BY_VERSION = "selectByNameAndVersion(string,string) returns (string)";
  private static final String ADDRESS = "getContractAddress(string,string) returns (address)";
  private static final String A1 = "0x" + "a1".repeat(20);
  private static final String A2 = "b2".repeat(20);

  private static TransactionReceipt insert(SystemContractChain chain, Object... args) {
    return chain.block(PrecompiledAddresses.CNS, chain.function(INSERT).encodeCall(args)).get(0);
  }

  private static Object call(SystemContractChain chain, String signature, Object... args) {
    AbiFunction f = chain.function(signature);
    return f.decodeOutput(chain.call(PrecompiledAddresses.CNS, f.encodeCall(args)).output()).get(0);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void registersAndFindsContracts(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);

    TransactionReceipt r = insert(chain, "Hello", "1.0", A1, "[abi1]");
    assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(SystemContractChain.code(r)).isEqualTo(1);
    assertThat(SystemContractChain.code(insert(chain, "Hello", "2.0", A2, "[abi2]"))).isEqualTo(1);

    assertThat(call(chain, BY_NAME, "Hello"))
        .isEqualTo(
            "[{\"abi\":\"[abi1]\",\"address\":\""
                + A1
                + "\",\"name\":\"Hello\",\"version\":\"1.0\"},"
                + "{\"abi\":\"[abi2]\",\"address\":\""
                + A2
                + "\",\"name\":\"Hello\",\"version\":\"2.0\"}]\n");
    assertThat(call(chain, BY_VERSION, "Hello", "2.0"))
        .isEqualTo(
            "[{\"abi\":\"[abi2]\",\"address\":\""
                + A2
                + "\",\"name\":\"Hello\",\"version\":\"2.0\"}]\n");
    assertThat(call(chain, BY_VERSION, "Hello", "3.0")).isEqualTo("[]\n");
    assertThat(call(chain, BY_NAME, "Nobody")).isEqualTo("[]\n");
    assertThat(call(chain, ADDRESS, "Hello", "2.0")).isEqualTo(Address.fromHex(A2));
    assertThat(call(chain, ADDRESS, "Hello", "9.9")).isEqualTo(Address.ZERO);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void refusesDuplicatesLongVersionsAndBadAddressesWritingNothing(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    insert(chain, "Hello", "1.0", A1, "[]");
    List<Entry> before = chain.rows(SystemTables.CNS, "Hello");

    assertThat(SystemContractChain.code(insert(chain, "Hello", "1.0", A2, "[]")))
        .isEqualTo(ReturnCodes.CNS_NAME_AND_VERSION_EXIST);
    assertThat(SystemContractChain.code(insert(chain, "Hello", "v".repeat(129), A2, "[]")))
        .isEqualTo(ReturnCodes.CNS_VERSION_LENGTH_OVERFLOW);
    assertThat(SystemContractChain.code(insert(chain, "Hello", "2.0", "0x1234", "[]")))
        .isEqualTo(ReturnCodes.INVALID_ADDRESS);
    assertThat(SystemContractChain.code(insert(chain, "Hello", "2.0", "zz".repeat(20), "[]")))
        .isEqualTo(ReturnCodes.INVALID_ADDRESS);

    assertThat(chain.rows(SystemTables.CNS, "Hello")).isEqualTo(before);
  }

  @Test
  void aVersionOf128IsTheLongestAndANameOver128FailsTheCall() {
    SystemContractChain chain = new SystemContractChain(false);
    assertThat(SystemContractChain.code(insert(chain, "Hello", "v".repeat(128), A1, "[]")))
        .isEqualTo(1);

    TransactionReceipt longName = insert(chain, "n".repeat(129), "1.0", A1, "[]");
    assertThat(longName.status()).isEqualTo(ReceiptStatus.PRECOMPILED_ERROR.code());
    assertThat(chain.rows(SystemTables.CNS, "n".repeat(129))).isEmpty();
  }
}
