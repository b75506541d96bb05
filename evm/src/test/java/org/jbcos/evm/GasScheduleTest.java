package org.jbcos.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import org.junit.jupiter.api.Test;

/** The SSTORE gas rule and the other schedule-dependent prices, observed through GAS used. */
class GasScheduleTest {
  private static final Address CONTRACT = Address.ofLong(0xc0de);

  /** Runs {@code code} with 1M gas and returns the gas used. */
  static long gasUsed(GasSchedule schedule, String code, Map<Word, Word> storage) {
    InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
    state.putAccount(CONTRACT, BigInteger.ZERO, 1, Hex.decode(code), storage);
    Evm evm = new Evm(new EvmConfig(schedule, Keccak256.INSTANCE, new PrecompileRegistry()));
    MessageResult r =
        evm.execute(
            state,
            new BlockContext(Address.ZERO, 1, 1, 1 << 30, BigInteger.ZERO, n -> Word.ZERO),
            new TxContext(Address.ZERO, BigInteger.ZERO),
            new Message(
                Message.Kind.CALL,
                Address.ZERO,
                CONTRACT,
                CONTRACT,
                BigInteger.ZERO,
                new byte[0],
                1_000_000,
                0,
                false));
    assertThat(r.halt()).isEqualTo(Halt.SUCCESS);
    return 1_000_000 - r.gasLeft();
  }

  // PUSH1 1, PUSH1 0, SSTORE: set slot 0 to 1 (two pushes cost 6)
  private static final String SET_SLOT0_TO_1 = "6001600055";
  // PUSH1 0, PUSH1 0, SSTORE: clear slot 0
  private static final String CLEAR_SLOT0 = "6000600055";

  @Test
  void sstoreFromZeroCostsSetAndOtherwiseReset() {
    GasSchedule p = GasSchedule.petersburg();
    assertThat(gasUsed(p, SET_SLOT0_TO_1, Map.of())).isEqualTo(6 + 20000);
    assertThat(gasUsed(p, SET_SLOT0_TO_1, Map.of(Word.ZERO, Word.of(5)))).isEqualTo(6 + 5000);
    // Petersburg has no EIP-1283 net metering: a no-op store still costs reset
    assertThat(gasUsed(p, SET_SLOT0_TO_1, Map.of(Word.ZERO, Word.ONE))).isEqualTo(6 + 5000);
    assertThat(gasUsed(p, CLEAR_SLOT0, Map.of())).isEqualTo(6 + 5000);
  }

  @Test
  void freeStorageScheduleMakesStorageCheap() {
    GasSchedule free = GasSchedule.fiscoFreeStorage();
    assertThat(gasUsed(free, SET_SLOT0_TO_1, Map.of())).isEqualTo(6 + 1200);
    // PUSH1 0, SLOAD, POP
    assertThat(gasUsed(free, "60005450", Map.of())).isEqualTo(3 + 1200 + 2);
    assertThat(free.create).isEqualTo(16000);
    assertThat(free.callValue).isZero();
  }

  @Test
  void clearingASlotEarnsTheRefund() {
    InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
    state.putAccount(
        CONTRACT, BigInteger.ZERO, 1, Hex.decode(CLEAR_SLOT0), Map.of(Word.ZERO, Word.ONE));
    Evm evm =
        new Evm(
            new EvmConfig(GasSchedule.petersburg(), Keccak256.INSTANCE, new PrecompileRegistry()));
    MessageResult r =
        evm.execute(
            state,
            new BlockContext(Address.ZERO, 1, 1, 1 << 30, BigInteger.ZERO, n -> Word.ZERO),
            new TxContext(Address.ZERO, BigInteger.ZERO),
            new Message(
                Message.Kind.CALL,
                Address.ZERO,
                CONTRACT,
                CONTRACT,
                BigInteger.ZERO,
                new byte[0],
                100_000,
                0,
                false));
    assertThat(r.gasRefund()).isEqualTo(15000);
    assertThat(state.storage(CONTRACT, Word.ZERO)).isEqualTo(Word.ZERO);
  }
}
