package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.Address;
import org.jbcos.evm.BlockContext;
import org.jbcos.evm.Evm;
import org.jbcos.evm.EvmConfig;
import org.jbcos.evm.Halt;
import org.jbcos.evm.Message;
import org.jbcos.evm.MessageResult;
import org.jbcos.evm.TxContext;
import org.jbcos.evm.Word;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import org.junit.jupiter.api.Test;

/**
 * Contracts created at temporary addresses during a transaction: 0x10001 up, reachable (and with
 * EXTCODESIZE 1) for the rest of that transaction only.
 */
class TemporaryContractsTest {
  private static final Address FACTORY = Address.ofLong(0x1000);
  private static final Address PROBE = Address.ofLong(0xc0de);

  /** A contract without an account that answers with a fixed word. */
  private record Constant(long value) implements PrecompiledContract {
    @Override
    public String name() {
      return "constant";
    }

    @Override
    public long gasRequirement(byte[] input) {
      return 10;
    }

    @Override
    public PrecompileResult compute(byte[] input) {
      return PrecompileResult.success(Word.of(value).toBytes());
    }

    @Override
    public boolean hasAccount() {
      return false;
    }
  }

  /** Registers a new temporary contract per call and returns its address. */
  private static final class Factory implements PrecompiledContract {
    @Override
    public String name() {
      return "factory";
    }

    @Override
    public long gasRequirement(byte[] input) {
      return 10;
    }

    @Override
    public PrecompileResult compute(byte[] input) {
      return PrecompileResult.failure();
    }

    @Override
    public PrecompileResult compute(PrecompileCall call) {
      Address at = call.temporaries().register(new Constant(77));
      return PrecompileResult.success(at.toWord().toBytes());
    }

    @Override
    public boolean hasAccount() {
      return false;
    }
  }

  private final Evm evm =
      new Evm(
          new EvmConfig(
              GasSchedule.fisco(),
              Keccak256.INSTANCE,
              StandardPrecompiles.fisco().register(FACTORY, new Factory())));
  private final InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
  private final BlockContext block =
      new BlockContext(Address.ZERO, 1, 0, 30_000_000, BigInteger.ZERO, n -> Word.ZERO);

  private MessageResult transaction(Address to) {
    return evm.execute(
        state,
        block,
        new TxContext(Address.ZERO, BigInteger.ZERO),
        new Message(
            Message.Kind.CALL,
            Address.ZERO,
            to,
            to,
            BigInteger.ZERO,
            new byte[0],
            1_000_000,
            0,
            false));
  }

  @Test
  void givesOutAddressesFrom0x10001() {
    TemporaryContracts t = new TemporaryContracts();
    Constant first = new Constant(1);
    Constant second = new Constant(2);

    assertThat(t.register(first)).isEqualTo(Address.ofLong(0x10001));
    assertThat(t.register(second)).isEqualTo(Address.ofLong(0x10002));
    assertThat(t.get(Address.ofLong(0x10001))).containsSame(first);
    assertThat(t.get(Address.ofLong(0x10002))).containsSame(second);
    assertThat(t.get(Address.ofLong(0x10003))).isEmpty();
    assertThat(t.get(Address.ofLong(0x10000))).isEmpty();
    assertThat(t.get(Address.fromHex("01" + "00".repeat(16) + "010001"))).isEmpty();
    assertThatThrownBy(() -> t.register(new Identity()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTemporaryContractLivesUntilTheEndOfItsTransaction() {
    // CALL 0x1000 (creates one at 0x10001), then return EXTCODESIZE(0x10001)
    state.setCode(PROBE, Hex.decode("600060006000600060006110005af150620100013b60005260206000f3"));
    MessageResult sameTx = transaction(PROBE);
    assertThat(sameTx.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(new BigInteger(sameTx.output())).isEqualTo(BigInteger.ONE);

    MessageResult created = transaction(FACTORY);
    assertThat(Address.fromWord(Word.fromBytes(created.output())))
        .isEqualTo(Address.ofLong(0x10001));

    // a later transaction finds nothing there: an empty account, no output
    MessageResult later = transaction(Address.ofLong(0x10001));
    assertThat(later.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(later.output()).isEmpty();
  }
}
