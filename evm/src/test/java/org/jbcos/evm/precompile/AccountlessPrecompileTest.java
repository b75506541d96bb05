package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
 * A precompiled contract without an account (FISCO's system contracts): it sees its call context,
 * no account is created for it, value cannot be sent to it, and EXTCODESIZE reports 1.
 */
class AccountlessPrecompileTest {
  private static final Address SYSTEM = Address.ofLong(0x1000);
  private static final Address ALICE = Address.ofLong(0xa11ce);
  private static final Address ORIGIN = Address.ofLong(0x0819);

  /** Records the calls it gets and returns the block number as one word. */
  private static final class Recorder implements PrecompiledContract {
    final List<PrecompileCall> calls = new ArrayList<>();

    @Override
    public String name() {
      return "recorder";
    }

    @Override
    public long gasRequirement(byte[] input) {
      return 100;
    }

    @Override
    public PrecompileResult compute(byte[] input) {
      throw new AssertionError("the context-free entry must not be used");
    }

    @Override
    public PrecompileResult compute(PrecompileCall call) {
      calls.add(call);
      return PrecompileResult.success(Word.of(call.block().number()).toBytes());
    }

    @Override
    public boolean hasAccount() {
      return false;
    }
  }

  /** Writes a balance, then reports the gas given as its first input byte, in thousands. */
  private static final class Metered implements PrecompiledContract {
    @Override
    public String name() {
      return "metered";
    }

    @Override
    public long gasRequirement(byte[] input) {
      return 0;
    }

    @Override
    public PrecompileResult compute(byte[] input) {
      throw new AssertionError("the context-free entry must not be used");
    }

    @Override
    public PrecompileResult compute(PrecompileCall call) {
      call.state().setBalance(WRITTEN, BigInteger.ONE);
      return PrecompileResult.success(new byte[] {1}, call.input()[0] * 1_000L);
    }

    @Override
    public boolean hasAccount() {
      return false;
    }
  }

  private static final Address METERED = Address.ofLong(0x1001);
  private static final Address WRITTEN = Address.ofLong(0xbeef);

  private final Recorder recorder = new Recorder();
  private final Evm evm =
      new Evm(
          new EvmConfig(
              GasSchedule.fisco(),
              Keccak256.INSTANCE,
              StandardPrecompiles.fisco()
                  .register(SYSTEM, recorder)
                  .register(METERED, new Metered())));
  private final InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
  private final BlockContext block =
      new BlockContext(Address.ZERO, 42, 0, 30_000_000, BigInteger.ZERO, n -> Word.ZERO);
  private final TxContext tx = new TxContext(ORIGIN, BigInteger.ZERO);

  private MessageResult call(Address to, BigInteger value, byte[] input) {
    return evm.execute(
        state,
        block,
        tx,
        new Message(Message.Kind.CALL, ALICE, to, to, value, input, 1_000_000, 0, false));
  }

  @Test
  void seesItsCallContextAndLeavesNoAccount() {
    state.ensureAccount(ALICE);
    MessageResult r = call(SYSTEM, BigInteger.ZERO, new byte[] {1, 2});

    assertThat(r.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(r.gasLeft()).isEqualTo(1_000_000 - 100);
    assertThat(new BigInteger(r.output())).isEqualTo(BigInteger.valueOf(42));
    assertThat(recorder.calls).hasSize(1);
    PrecompileCall seen = recorder.calls.get(0);
    assertThat(seen.message().sender()).isEqualTo(ALICE);
    assertThat(seen.tx().origin()).isEqualTo(ORIGIN);
    assertThat(seen.input()).containsExactly(1, 2);
    assertThat(seen.state()).isSameAs(state);
    assertThat(state.exists(SYSTEM)).isFalse();
  }

  @Test
  void aCallWithValueFailsAndMovesNothing() {
    state.setBalance(ALICE, BigInteger.TEN);
    MessageResult r = call(SYSTEM, BigInteger.ONE, new byte[0]);

    assertThat(r.halt()).isEqualTo(Halt.PRECOMPILE_FAILURE);
    assertThat(recorder.calls).isEmpty();
    assertThat(state.balance(ALICE)).isEqualTo(BigInteger.TEN);
    assertThat(state.exists(SYSTEM)).isFalse();
  }

  @Test
  void extcodesizeOfASystemContractIsOne() {
    Address probe = Address.ofLong(0xc0de);
    // PUSH2 0x1000 EXTCODESIZE PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
    state.setCode(probe, Hex.decode("6110003b60005260206000f3"));
    MessageResult r = call(probe, BigInteger.ZERO, new byte[0]);

    assertThat(r.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(new BigInteger(r.output())).isEqualTo(BigInteger.ONE);
  }

  @Test
  void ethereumPrecompilesKeepTheirAccountBehaviour() {
    MessageResult r = call(Address.ofLong(4), BigInteger.ZERO, new byte[] {7});

    assertThat(r.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(r.output()).containsExactly(7);
    assertThat(state.exists(Address.ofLong(4))).isTrue();
  }

  @Test
  void gasMeasuredWhileRunningIsChargedAfterTheCall() {
    MessageResult r = call(METERED, BigInteger.ZERO, new byte[] {7});

    assertThat(r.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(r.gasLeft()).isEqualTo(1_000_000 - 7_000);
    assertThat(state.balance(WRITTEN)).isEqualTo(BigInteger.ONE);
  }

  @Test
  void aCallCostingMoreThanItsGasFailsKeepsItsGasAndWritesNothing() {
    // 100,000 gas measured, one less given; 2.9 leaves a failed system contract's gas unused
    MessageResult r =
        evm.execute(
            state,
            block,
            tx,
            new Message(
                Message.Kind.CALL,
                ALICE,
                METERED,
                METERED,
                BigInteger.ZERO,
                new byte[] {100},
                99_999,
                0,
                false));

    assertThat(r.halt()).isEqualTo(Halt.PRECOMPILE_FAILURE);
    assertThat(r.gasLeft()).isEqualTo(99_999);
    assertThat(state.balance(WRITTEN)).isZero();
  }
}
