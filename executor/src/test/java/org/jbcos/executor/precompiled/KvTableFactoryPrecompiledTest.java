package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.Address;
import org.jbcos.evm.TransactionResult;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.ErrorCode;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 0x1010: the same user tables as TableFactory, but only "exists" comes back as a code; other
 * broken rules and opening a missing table fail the call.
 */
class KvTableFactoryPrecompiledTest {
  private static final String CREATE = "createTable(string,string,string) returns (int256)";
  private static final String OPEN = "openTable(string) returns (address)";

  private static TransactionReceipt create(SystemContractChain chain, String name, String key) {
    return chain
        .block(
            PrecompiledAddresses.KV_TABLE_FACTORY,
            chain.function(CREATE).encodeCall(name, key, "v"))
        .get(0);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void createsOpensAndRefuses(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);

    assertThat(SystemContractChain.code(create(chain, "kv", "k"))).isZero();
    assertThat(chain.rows(SystemTables.TABLES, "u_kv")).hasSize(1);
    assertThat(SystemContractChain.code(create(chain, "kv", "k")))
        .isEqualTo(ErrorCode.TABLE_NAME_ALREADY_EXISTS.code());

    TransactionReceipt badField = create(chain, "kv2", "_k");
    assertThat(badField.status()).isEqualTo(ReceiptStatus.PRECOMPILED_ERROR.code());
    TransactionReceipt longName = create(chain, "n".repeat(49), "k");
    assertThat(longName.status()).isEqualTo(ReceiptStatus.PRECOMPILED_ERROR.code());
    assertThat(chain.rows(SystemTables.TABLES, "u_kv2")).isEmpty();
    assertThat(chain.rows(SystemTables.TABLES, "u_" + "n".repeat(49))).isEmpty();

    AbiFunction open = chain.function(OPEN);
    TransactionResult opened =
        chain.call(PrecompiledAddresses.KV_TABLE_FACTORY, open.encodeCall("kv"));
    assertThat(open.decodeOutput(opened.output()))
        .containsExactly(new Address(org.jbcos.evm.Address.ofLong(0x10001).toBytes()));
    TransactionResult missing =
        chain.call(PrecompiledAddresses.KV_TABLE_FACTORY, open.encodeCall("none"));
    assertThat(missing.halt().isSuccess()).isFalse();
  }
}
