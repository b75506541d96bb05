package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 0x1000 called from a Solidity contract (solc's selectors: Keccak-256, or SM3 with the SM
 * compiler): the return code comes back, a revert of the caller undoes the write, and a STATICCALL
 * to a writing function fails.
 */
class SystemContractFromSolidityTest {
  private static byte[] compile(boolean sm) {
    try (InputStream in =
        SystemContractFromSolidityTest.class.getResourceAsStream("/contracts/SystemCaller.sol")) {
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              sm,
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      return Hex.decode(CompilationResult.parse(r.getOutput()).getContract("SystemCaller").bin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void contractsCallTheSystemConfig(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    Address caller = chain.deploy(compile(sm));
    AbiFunction set = chain.function("set(string,string) returns (int256)");
    AbiFunction setThenRevert = chain.function("setThenRevert(string,string)");
    AbiFunction setStatic = chain.function("setStatic(string,string) returns (bool)");

    List<TransactionReceipt> r =
        chain.block(
            caller,
            set.encodeCall("tx_count_limit", "0"),
            setThenRevert.encodeCall("tx_count_limit", "3000"),
            set.encodeCall("tx_count_limit", "2000"));

    assertThat(r.get(0).status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(set.decodeOutput(r.get(0).output()))
        .containsExactly(BigInteger.valueOf(ReturnCodes.INVALID_CONFIGURATION_VALUES));
    assertThat(r.get(1).status()).isEqualTo(ReceiptStatus.REVERT_INSTRUCTION.code());
    assertThat(r.get(2).status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(set.decodeOutput(r.get(2).output())).containsExactly(BigInteger.ONE);
    List<Entry> rows = chain.rows(SystemTables.CONFIG, "tx_count_limit");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getOrEmpty("value")).isEqualTo("2000");

    TransactionReceipt staticCall =
        chain.block(caller, setStatic.encodeCall("tx_count_limit", "5000")).get(0);
    assertThat(staticCall.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(setStatic.decodeOutput(staticCall.output())).containsExactly(false);
    assertThat(chain.rows(SystemTables.CONFIG, "tx_count_limit").get(0).getOrEmpty("value"))
        .isEqualTo("2000");
  }
}
