package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x5002 DagTransfer: every function, its success and each of its error codes, ECDSA and SM. */
class DagTransferPrecompiledTest {
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private static final class Dag {
    final SystemContractChain chain;
    final AbiFunction add;
    final AbiFunction save;
    final AbiFunction draw;
    final AbiFunction transfer;
    final AbiFunction balance;

    Dag(boolean sm) {
      chain = new SystemContractChain(sm);
      add = chain.function("userAdd(string,uint256) returns (int256)");
      save = chain.function("userSave(string,uint256) returns (int256)");
      draw = chain.function("userDraw(string,uint256) returns (int256)");
      transfer = chain.function("userTransfer(string,string,uint256) returns (int256)");
      balance = chain.function("userBalance(string) returns (int256,uint256)");
    }

    /** Runs the calls in one block; returns their codes. */
    List<Integer> codes(byte[]... calls) {
      return chain.block(PrecompiledAddresses.DAG_TRANSFER, calls).stream()
          .peek(r -> assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code()))
          .map(SystemContractChain::code)
          .toList();
    }

    List<Object> balanceOf(String user) {
      return balance.decodeOutput(
          chain.call(PrecompiledAddresses.DAG_TRANSFER, balance.encodeCall(user)).output());
    }
  }

  private static List<Object> ok(long balance) {
    return List.of(BigInteger.ZERO, BigInteger.valueOf(balance));
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void addsSavesDrawsAndTransfers(boolean sm) {
    Dag dag = new Dag(sm);
    assertThat(
            dag.codes(
                dag.add.encodeCall("alice", BigInteger.valueOf(100)),
                dag.save.encodeCall("alice", BigInteger.valueOf(50)),
                dag.save.encodeCall("carol", BigInteger.valueOf(7)),
                dag.draw.encodeCall("alice", BigInteger.valueOf(30)),
                dag.transfer.encodeCall("alice", "bob", BigInteger.valueOf(20)),
                dag.transfer.encodeCall("alice", "alice", BigInteger.valueOf(1_000))))
        .containsOnly(0);
    assertThat(dag.balanceOf("alice")).isEqualTo(ok(100));
    assertThat(dag.balanceOf("bob")).isEqualTo(ok(20));
    assertThat(dag.balanceOf("carol")).isEqualTo(ok(7));
    assertThat(
            dag.chain.rows(DagTransferPrecompiled.TABLE, "bob").get(0).getOrEmpty("user_balance"))
        .isEqualTo("20");
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void returnsEachErrorCode(boolean sm) {
    Dag dag = new Dag(sm);
    dag.codes(dag.add.encodeCall("alice", BigInteger.valueOf(10)), dag.add.encodeCall("rich", MAX));
    assertThat(
            dag.codes(
                dag.add.encodeCall("", BigInteger.ONE),
                dag.save.encodeCall("", BigInteger.ONE),
                dag.draw.encodeCall("", BigInteger.ONE),
                dag.transfer.encodeCall("", "bob", BigInteger.ONE),
                dag.transfer.encodeCall("alice", "", BigInteger.ONE),
                dag.save.encodeCall("alice", BigInteger.ZERO),
                dag.draw.encodeCall("alice", BigInteger.ZERO),
                dag.transfer.encodeCall("alice", "bob", BigInteger.ZERO),
                dag.draw.encodeCall("nobody", BigInteger.ONE),
                dag.transfer.encodeCall("nobody", "alice", BigInteger.ONE),
                dag.add.encodeCall("alice", BigInteger.ONE),
                dag.draw.encodeCall("alice", BigInteger.valueOf(11)),
                dag.transfer.encodeCall("alice", "bob", BigInteger.valueOf(11)),
                dag.save.encodeCall("rich", BigInteger.ONE),
                dag.transfer.encodeCall("alice", "rich", BigInteger.ONE)))
        .containsExactly(
            ReturnCodes.DAG_INVALID_USER_NAME,
            ReturnCodes.DAG_INVALID_USER_NAME,
            ReturnCodes.DAG_INVALID_USER_NAME,
            ReturnCodes.DAG_INVALID_USER_NAME,
            ReturnCodes.DAG_INVALID_USER_NAME,
            ReturnCodes.DAG_INVALID_AMOUNT,
            ReturnCodes.DAG_INVALID_AMOUNT,
            ReturnCodes.DAG_INVALID_AMOUNT,
            ReturnCodes.DAG_USER_NOT_EXIST,
            ReturnCodes.DAG_USER_NOT_EXIST,
            ReturnCodes.DAG_USER_ALREADY_EXIST,
            ReturnCodes.DAG_INSUFFICIENT_BALANCE,
            ReturnCodes.DAG_INSUFFICIENT_BALANCE,
            ReturnCodes.DAG_BALANCE_OVERFLOW,
            ReturnCodes.DAG_BALANCE_OVERFLOW);
    // the failed calls changed no balance (bob was added by nothing: the transfers failed first)
    assertThat(dag.balanceOf("alice")).isEqualTo(ok(10));
    assertThat(dag.balanceOf("rich")).isEqualTo(List.of(BigInteger.ZERO, MAX));
    assertThat(dag.balanceOf("bob"))
        .isEqualTo(List.of(BigInteger.valueOf(ReturnCodes.DAG_USER_NOT_EXIST), BigInteger.ZERO));
    assertThat(dag.balanceOf(""))
        .isEqualTo(List.of(BigInteger.valueOf(ReturnCodes.DAG_INVALID_USER_NAME), BigInteger.ZERO));
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void aTransferThatWouldOverflowTheReceiverChangesNothing(boolean sm) {
    Dag dag = new Dag(sm);
    dag.codes(dag.add.encodeCall("rich", MAX), dag.add.encodeCall("alice", BigInteger.TEN));
    assertThat(dag.codes(dag.transfer.encodeCall("rich", "newcomer", MAX))).containsExactly(0);
    assertThat(dag.codes(dag.transfer.encodeCall("alice", "newcomer", BigInteger.ONE)))
        .containsExactly(ReturnCodes.DAG_BALANCE_OVERFLOW);
    assertThat(dag.balanceOf("alice")).isEqualTo(ok(10));
    assertThat(dag.balanceOf("newcomer")).isEqualTo(List.of(BigInteger.ZERO, MAX));
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void anUnknownSelectorReturnsUnknownFunction(boolean sm) {
    Dag dag = new Dag(sm);
    TransactionReceipt r =
        dag.chain.block(PrecompiledAddresses.DAG_TRANSFER, Hex.decode("12345678")).get(0);
    assertThat(SystemContractChain.code(r)).isEqualTo(ReturnCodes.UNKNOWN_FUNCTION_CALL);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void tagsAreTheUserNamesOnceTheTableExists(boolean sm) {
    Dag dag = new Dag(sm);
    DagTransferPrecompiled contract =
        new DagTransferPrecompiled(dag.chain.suite.hashFunction(), GasMetrics.STANDARD);
    InMemoryTableStorage storage = new InMemoryTableStorage();
    BlockTableFactory tables = new BlockTableFactory(storage, dag.chain.suite.hashFunction(), 1);
    byte[] transfer = dag.transfer.encodeCall("a", "b", BigInteger.ONE);
    assertThat(contract.conflictTags(transfer, tables)).isEmpty();

    tables.createTable(DagTransferPrecompiled.TABLE, "user_name", List.of("user_balance"));
    assertThat(contract.conflictTags(transfer, tables)).contains(List.of("a", "b"));
    assertThat(contract.conflictTags(dag.add.encodeCall("a", BigInteger.ONE), tables))
        .contains(List.of("a"));
    assertThat(contract.conflictTags(dag.save.encodeCall("s", BigInteger.ONE), tables))
        .contains(List.of("s"));
    assertThat(contract.conflictTags(dag.draw.encodeCall("d", BigInteger.ONE), tables))
        .contains(List.of("d"));
    assertThat(contract.conflictTags(dag.balance.encodeCall("a"), tables)).contains(List.of("a"));
    assertThat(contract.conflictTags(dag.add.encodeCall("", BigInteger.ONE), tables))
        .contains(List.of());
    assertThat(contract.conflictTags(dag.transfer.encodeCall("a", "", BigInteger.ONE), tables))
        .contains(List.of());
    assertThat(contract.conflictTags(Hex.decode("12345678"), tables)).isEqualTo(Optional.empty());
    byte[] truncated = java.util.Arrays.copyOf(transfer, 40);
    assertThat(contract.conflictTags(truncated, tables)).isEqualTo(Optional.empty());
  }
}
