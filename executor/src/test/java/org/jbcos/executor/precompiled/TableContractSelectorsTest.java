package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.jbcos.evm.Address;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.junit.jupiter.api.Test;

/** The selectors of 0x1001, 0x1002 and 0x1004 are those of sdk-wire.md §5.2, Keccak and SM3. */
class TableContractSelectorsTest {

  private static Map<String, String> selectors(boolean sm, Address at) {
    PrecompileRegistry registry =
        SystemContracts.register(new PrecompileRegistry(), sm ? Sm3.INSTANCE : Keccak256.INSTANCE);
    SystemContract contract = (SystemContract) registry.get(at).orElseThrow();
    return contract.functions().stream()
        .collect(Collectors.toMap(f -> f.abi().signature(), f -> Hex.encode(f.abi().selector())));
  }

  @Test
  void keccakSelectors() {
    assertThat(selectors(false, PrecompiledAddresses.TABLE_FACTORY))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "createTable(string,string,string)", "56004b6a",
                "openTable(string)", "f23f63c9"));
    assertThat(selectors(false, PrecompiledAddresses.CRUD))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "insert(string,string,string,string)", "a216464b",
                "update(string,string,string,string,string)", "2dca76c1",
                "remove(string,string,string,string)", "a72a1e65",
                "select(string,string,string,string)", "983c6c4f",
                "desc(string)", "5d0d6d54"));
    assertThat(selectors(false, PrecompiledAddresses.CNS))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "insert(string,string,string,string)", "a216464b",
                "selectByName(string)", "819a3d62",
                "selectByNameAndVersion(string,string)", "897f0251",
                "getContractAddress(string,string)", "f85f8126"));
    assertThat(selectors(false, PrecompiledAddresses.KV_TABLE_FACTORY))
        .containsEntry("createTable(string,string,string)", "56004b6a")
        .containsEntry("openTable(string)", "f23f63c9");
  }

  @Test
  void sm3Selectors() {
    assertThat(selectors(true, PrecompiledAddresses.TABLE_FACTORY))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "createTable(string,string,string)", "c92a7801",
                "openTable(string)", "59a48b65"));
    assertThat(selectors(true, PrecompiledAddresses.CRUD))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "insert(string,string,string,string)", "b8eaa08d",
                "update(string,string,string,string,string)", "10bd675b",
                "remove(string,string,string,string)", "81b81824",
                "select(string,string,string,string)", "7388111f",
                "desc(string)", "b885d5ac"));
    assertThat(selectors(true, PrecompiledAddresses.CNS))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "insert(string,string,string,string)", "b8eaa08d",
                "selectByName(string)", "078af4af",
                "selectByNameAndVersion(string,string)", "ec72a422",
                "getContractAddress(string,string)", "f1a31bfa"));
  }
}
