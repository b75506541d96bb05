package org.jbcos.executor.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.executor.precompiled.ParallelFunctions;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Solidity contract (ParallelOk.sol, solc 0.4.25) registers its functions through 0x1006; its
 * transfers then get conflict keys, run in parallel, and give what serial execution gives.
 */
class ParallelOkTest {
  private static final int SENDERS = 4;

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void registeredTransfersRunInParallelWithSerialResults(boolean sm) {
    TwinChains chains = new TwinChains(sm, SENDERS, 3);
    AbiFunction enable = chains.function("enableParallel()");
    AbiFunction set = chains.function("set(string,uint256)");
    AbiFunction transfer = chains.function("transfer(string,string,uint256)");

    TwinChains.Outcome deployed =
        chains.block(List.of(TwinChains.Call.deploy(0, TwinChains.parallelOk(sm))));
    Address ok = Address.wrap(deployed.parallel().receipts().get(0).contractAddress());
    byte[] transferCall = transfer.encodeCall("n0", "n1", BigInteger.ONE);
    assertThat(chains.conflictKeys(ok, transferCall)).isEmpty();

    assertSame(chains.block(List.of(TwinChains.Call.to(0, ok, enable.encodeCall()))));
    String table = ParallelFunctions.tableName(ok);
    List<Entry> rows = chains.parallelRows(table, "parallel");
    assertThat(rows)
        .extracting(r -> r.getOrEmpty("functionName"), r -> r.getOrEmpty("criticalSize"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("transfer(string,string,uint256)", "2"),
            org.assertj.core.groups.Tuple.tuple("set(string,uint256)", "1"));
    assertThat(rows)
        .filteredOn(r -> r.getOrEmpty("functionName").startsWith("transfer"))
        .extracting(r -> r.getOrEmpty("selector"))
        .containsExactly(ParallelFunctions.selectorOf(transfer.selector()));

    String c = Hex.encode(ok.toBytes());
    assertThat(chains.conflictKeys(ok, transferCall)).contains(List.of("n0" + c, "n1" + c));

    List<TwinChains.Call> sets = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sets.add(
          TwinChains.Call.to(i % SENDERS, ok, set.encodeCall("n" + i, BigInteger.valueOf(100))));
    }
    assertSame(chains.block(sets));

    List<TwinChains.Call> transfers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // chains of transfers through shared names, and one over-draft that reverts
      long amount = i == 17 ? 1_000 : 1 + i % 5;
      transfers.add(
          TwinChains.Call.to(
              i % SENDERS,
              ok,
              transfer.encodeCall("n" + i, "n" + ((i * 7 + 3) % 40), BigInteger.valueOf(amount))));
    }
    TwinChains.Outcome outcome = chains.block(transfers);
    assertSame(outcome);
    List<TransactionReceipt> receipts = outcome.parallel().receipts();
    assertThat(receipts.get(17).status()).isEqualTo(ReceiptStatus.REVERT_INSTRUCTION.code());
    assertThat(receipts.stream().filter(r -> r.status() == ReceiptStatus.NONE.code()))
        .hasSize(39)
        .allSatisfy(r -> assertThat(r.logs()).hasSize(1));
  }

  static void assertSame(TwinChains.Outcome outcome) {
    assertThat(outcome.parallelReceipts()).containsExactlyElementsOf(outcome.serialReceipts());
    assertThat(outcome.parallel().stateRoot()).isEqualTo(outcome.serial().stateRoot());
    assertThat(outcome.parallel().gasUsed()).isEqualTo(outcome.serial().gasUsed());
  }
}
