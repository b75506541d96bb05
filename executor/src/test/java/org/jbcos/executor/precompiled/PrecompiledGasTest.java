package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbcos.executor.precompiled.PrecompiledGas.Operation;
import org.jbcos.storage.Entry;
import org.junit.jupiter.api.Test;

class PrecompiledGasTest {

  @Test
  void memoryCostsThreePerWordPlusTheSquareOver512() {
    GasMetrics m = GasMetrics.STANDARD;
    assertThat(m.memoryCost(0)).isZero();
    assertThat(m.memoryCost(1)).isEqualTo(3);
    assertThat(m.memoryCost(32)).isEqualTo(3);
    assertThat(m.memoryCost(33)).isEqualTo(6);
    // 1024 words: 3072 + 2048
    assertThat(m.memoryCost(32 * 1024)).isEqualTo(3 * 1024 + 1024 * 1024 / 512);
  }

  @Test
  void standardAndFreeStorageMetricsDifferInTableWritesOnly() {
    assertThat(GasMetrics.STANDARD.cost(Operation.CREATE_TABLE)).isEqualTo(16_000);
    assertThat(GasMetrics.STANDARD.cost(Operation.INSERT)).isEqualTo(10_000);
    assertThat(GasMetrics.STANDARD.cost(Operation.UPDATE)).isEqualTo(10_000);
    assertThat(GasMetrics.STANDARD.cost(Operation.REMOVE)).isEqualTo(2_500);
    assertThat(GasMetrics.FREE_STORAGE.cost(Operation.CREATE_TABLE)).isEqualTo(500);
    assertThat(GasMetrics.FREE_STORAGE.cost(Operation.INSERT)).isEqualTo(200);
    assertThat(GasMetrics.FREE_STORAGE.cost(Operation.UPDATE)).isEqualTo(200);
    assertThat(GasMetrics.FREE_STORAGE.cost(Operation.REMOVE)).isEqualTo(200);
    for (GasMetrics m : List.of(GasMetrics.STANDARD, GasMetrics.FREE_STORAGE)) {
      assertThat(m.cost(Operation.OPEN_TABLE)).isEqualTo(200);
      assertThat(m.cost(Operation.SELECT)).isEqualTo(200);
      assertThat(m.cost(Operation.EQ)).isEqualTo(3);
      assertThat(m.cost(Operation.LIMIT)).isEqualTo(3);
      assertThat(m.cost(Operation.GET_STRING)).isEqualTo(3);
      assertThat(m.cost(Operation.GET_BYTE32)).isEqualTo(96);
      assertThat(m.cost(Operation.GET_BYTE64)).isEqualTo(192);
    }
  }

  @Test
  void metricsFollowTheVersionAndFreeStorage() {
    assertThat(GasMetrics.of(false, false)).isEqualTo(GasMetrics.NONE);
    assertThat(GasMetrics.of(false, true)).isEqualTo(GasMetrics.NONE);
    assertThat(GasMetrics.of(true, false)).isEqualTo(GasMetrics.STANDARD);
    assertThat(GasMetrics.of(true, true)).isEqualTo(GasMetrics.FREE_STORAGE);
  }

  @Test
  void totalAddsOperationsPerRowAndTheLargestMemory() {
    PrecompiledGas gas = new PrecompiledGas(GasMetrics.STANDARD);
    gas.setMemory(100);
    gas.record(Operation.OPEN_TABLE);
    gas.record(Operation.SELECT, 3);
    gas.record(Operation.INSERT, 0);
    gas.raiseMemory(64);
    assertThat(gas.memory()).isEqualTo(100);
    assertThat(gas.total()).isEqualTo(200 + 3 * 200 + 12);
    gas.setMemory(10);
    assertThat(gas.total()).isEqualTo(800 + 3);
  }

  @Test
  void nothingIsChargedWithoutMetrics() {
    PrecompiledGas gas = new PrecompiledGas(GasMetrics.NONE);
    gas.setMemory(10_000);
    gas.record(Operation.CREATE_TABLE);
    assertThat(gas.total()).isZero();
  }

  @Test
  void capacityCountsFieldNamesAndValuesInBytes() {
    assertThat(PrecompiledGas.capacity(Entry.of("name", "fruit", "item", "äpple")))
        .isEqualTo(9 + 10);
    assertThat(
            PrecompiledGas.capacity(
                List.of(Entry.of("k", "v"), Entry.of("key", "value"), Entry.empty())))
        .isEqualTo(2 + 8);
  }
}
