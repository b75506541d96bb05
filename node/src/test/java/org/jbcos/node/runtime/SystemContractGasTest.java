package org.jbcos.node.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.jbcos.executor.precompiled.GasMetrics;
import org.jbcos.node.config.SupportedVersion;
import org.junit.jupiter.api.Test;

class SystemContractGasTest {

  @Test
  void chargedFrom240OnWithTheFreeStorageMetricsWhenEnabled() {
    assertThat(GroupRuntime.systemContractGas(SupportedVersion.parse("2.3.0"), false))
        .isEqualTo(GasMetrics.NONE);
    assertThat(GroupRuntime.systemContractGas(SupportedVersion.parse("2.3.0"), true))
        .isEqualTo(GasMetrics.NONE);
    assertThat(GroupRuntime.systemContractGas(SupportedVersion.parse("2.4.0-rc1"), false))
        .isEqualTo(GasMetrics.NONE);
    assertThat(GroupRuntime.systemContractGas(SupportedVersion.parse("2.4.0"), false))
        .isEqualTo(GasMetrics.STANDARD);
    assertThat(GroupRuntime.systemContractGas(SupportedVersion.parse("2.9.1"), false))
        .isEqualTo(GasMetrics.STANDARD);
    assertThat(GroupRuntime.systemContractGas(SupportedVersion.parse("2.9.1"), true))
        .isEqualTo(GasMetrics.FREE_STORAGE);
  }
}
