package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import org.jbcos.evm.Address;
import org.junit.jupiter.api.Test;

class StandardPrecompilesTest {
  @Test
  void petersburgHasEightContractsWithByzantiumPricesAndNoBlake2f() {
    PrecompileRegistry registry = StandardPrecompiles.petersburg();
    assertThat(names(registry, 8))
        .containsExactly(
            "ecrecover",
            "sha256",
            "ripemd160",
            "identity",
            "modexp",
            "bn128_add",
            "bn128_mul",
            "bn128_pairing");
    assertThat(registry.contains(Address.ofLong(9))).isFalse();
    assertThat(registry.contains(Address.ZERO)).isFalse();
    assertThat(registry.get(Address.ofLong(6)).orElseThrow().gasRequirement(new byte[0]))
        .isEqualTo(500);
    assertThat(registry.get(Address.ofLong(8)).orElseThrow().gasRequirement(new byte[192]))
        .isEqualTo(180_000);
  }

  @Test
  void fiscoAddsBlake2fAndUsesIstanbulPrices() {
    PrecompileRegistry registry = StandardPrecompiles.fisco();
    assertThat(names(registry, 9)).endsWith("bn128_pairing", "blake2f");
    assertThat(registry.contains(Address.ofLong(10))).isFalse();
    assertThat(registry.get(Address.ofLong(7)).orElseThrow().gasRequirement(new byte[0]))
        .isEqualTo(6_000);
    assertThat(registry.get(Address.ofLong(8)).orElseThrow().gasRequirement(new byte[192]))
        .isEqualTo(79_000);
  }

  private static String[] names(PrecompileRegistry registry, int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = registry.get(Address.ofLong(i + 1)).orElseThrow().name();
    }
    return names;
  }
}
