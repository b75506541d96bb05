package org.jbcos.evm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileCall;
import org.jbcos.evm.precompile.PrecompileResult;
import org.jbcos.evm.precompile.PrecompiledContract;
import org.jbcos.evm.precompile.TemporaryContracts;
import org.jbcos.evm.worldstate.WorldState;

/**
 * The EVM: runs a {@link Message} and the frames it calls over a {@link WorldState}. Message-level
 * rules live here (value transfer, precompiles, creation addresses, code deposit, snapshots); the
 * opcode loop is in {@link Interpreter}. Thread-safe: all per-execution state is in frames.
 */
public final class Evm {
  /** Frames nest at most this deep (the transaction's frame is depth 0). */
  public static final int MAX_CALL_DEPTH = 1024;

  private final EvmConfig config;
  private final Interpreter interpreter;
  private final JumpDestinations jumpDestinations = new JumpDestinations();

  public Evm(EvmConfig config) {
    this.config = config;
    this.interpreter = new Interpreter(this, config.gas());
  }

  public EvmConfig config() {
    return config;
  }

  GasSchedule gas() {
    return config.gas();
  }

  HashFunction hash() {
    return config.hash();
  }

  /**
   * Runs one frame (and the frames it calls) and returns how it ended. For a CREATE message the
   * sender's nonce is incremented and the new address derived here, as for the CREATE opcode.
   */
  public MessageResult execute(
      WorldState state, BlockContext block, TxContext tx, Message message) {
    Context ctx = new Context(state, block, tx, new TemporaryContracts());
    return EvmThreads.runWithLargeStack(() -> run(ctx, message, null, Word.ZERO));
  }

  /**
   * EXTCODESIZE: the account's code size, and 1 for a contract without an account (FISCO's system
   * contracts and the transaction's temporary ones), as FISCO reports, so that Solidity's check
   * before a call lets the call through.
   */
  long codeSize(Context ctx, Address address) {
    Optional<PrecompiledContract> precompile = precompileAt(ctx, address);
    if (precompile.isPresent() && !precompile.get().hasAccount()) {
      return 1;
    }
    return ctx.state().codeSize(address);
  }

  /** The registry's contract at {@code address}, else the transaction's temporary one. */
  private Optional<PrecompiledContract> precompileAt(Context ctx, Address address) {
    Optional<PrecompiledContract> fixed = config.precompiles().get(address);
    return fixed.isPresent() ? fixed : ctx.temporaries().get(address);
  }

  /**
   * The execution environment shared by all frames of one transaction, including the contracts it
   * creates at temporary addresses (dropped with the context when the transaction ends).
   */
  record Context(
      WorldState state, BlockContext block, TxContext tx, TemporaryContracts temporaries) {}

  MessageResult run(Context ctx, Message message, Frame parent, Word salt) {
    return message.isCreate() ? create(ctx, message, parent, salt) : call(ctx, message, parent);
  }

  private MessageResult call(Context ctx, Message m, Frame parent) {
    WorldState state = ctx.state();
    int snapshot = state.snapshot();
    Optional<PrecompiledContract> precompile = precompileAt(ctx, m.codeAddress());
    if (m.depth() == 0 && state.isFrozen(ctx.tx().origin())) {
      state.revertToSnapshot(snapshot);
      return refused(Halt.ACCOUNT_FROZEN, m.gas(), frozenAccountMessage(ctx.tx().origin()));
    }
    if (precompile.isPresent() && !precompile.get().hasAccount()) {
      return runSystemContract(ctx, snapshot, precompile.get(), m);
    }
    if (precompile.isEmpty() && state.isFrozen(m.codeAddress())) {
      state.revertToSnapshot(snapshot);
      return refused(
          Halt.CONTRACT_FROZEN,
          m.gas(),
          ErrorOutput.of(hash(), "Frozen contract:" + m.codeAddress().toHex().substring(2)));
    }
    switch (m.kind()) {
      case CALL -> {
        if (!state.exists(m.recipient())) {
          if (precompile.isEmpty() && gas().eip158 && m.value().signum() == 0) {
            state.releaseSnapshot(snapshot);
            return success(m.gas(), Frame.EMPTY, null);
          }
          state.ensureAccount(m.recipient());
        }
        transfer(state, m.sender(), m.recipient(), m.value());
      }
      case STATICCALL -> state.touch(m.recipient());
      default -> {
        // CALLCODE and DELEGATECALL keep the value inside the calling account
      }
    }
    if (precompile.isPresent()) {
      return runPrecompile(state, snapshot, precompile.get(), m);
    }
    byte[] code = state.code(m.codeAddress());
    if (code.length == 0) {
      state.releaseSnapshot(snapshot);
      return success(m.gas(), Frame.EMPTY, null);
    }
    Frame frame =
        new Frame(m, code, jumpDestinations.of(code, state.codeHash(m.codeAddress())), parent);
    Halt halt = interpreter.run(ctx, frame);
    return finish(state, snapshot, frame, halt, null);
  }

  private MessageResult runPrecompile(
      WorldState state, int snapshot, PrecompiledContract contract, Message m) {
    long required = contract.gasRequirement(m.input());
    if (required < 0 || required > m.gas()) {
      state.revertToSnapshot(snapshot);
      return failure(Halt.OUT_OF_GAS, Frame.EMPTY);
    }
    PrecompileResult result = contract.compute(m.input());
    if (!result.success()) {
      state.revertToSnapshot(snapshot);
      return failure(Halt.PRECOMPILE_FAILURE, Frame.EMPTY);
    }
    state.releaseSnapshot(snapshot);
    return success(m.gas() - required, result.output(), null);
  }

  /**
   * A contract without an account (FISCO's 0x1000…): no account is created and no value moves; a
   * call carrying value fails. The contract sees the caller, the block and the state.
   */
  private MessageResult runSystemContract(
      Context ctx, int snapshot, PrecompiledContract contract, Message m) {
    WorldState state = ctx.state();
    long required = contract.gasRequirement(m.input());
    if (required < 0 || required > m.gas()) {
      state.revertToSnapshot(snapshot);
      return failure(Halt.OUT_OF_GAS, Frame.EMPTY);
    }
    boolean carriesValue = m.kind() == Message.Kind.CALL && m.value().signum() != 0;
    PrecompileResult result =
        carriesValue
            ? PrecompileResult.failure()
            : contract.compute(
                new PrecompileCall(state, ctx.block(), ctx.tx(), m, ctx.temporaries()));
    // the contract's price is known once it ran; FISCO 2.9 checks it against the call's gas then
    long cost = required + result.gasUsed();
    if (!result.success() || result.gasUsed() < 0 || cost > m.gas()) {
      // 2.9 throws out of a failed system contract before charging it: the call's gas is not used
      state.revertToSnapshot(snapshot);
      return refused(Halt.PRECOMPILE_FAILURE, m.gas(), Frame.EMPTY);
    }
    state.releaseSnapshot(snapshot);
    return success(m.gas() - cost, result.output(), null);
  }

  private MessageResult create(Context ctx, Message m, Frame parent, Word salt) {
    WorldState state = ctx.state();
    Address origin = ctx.tx().origin();
    if (!state.mayCreateContracts(origin)) {
      return failure(Halt.PERMISSION_DENIED, Frame.EMPTY);
    }
    if (state.isFrozen(origin)) {
      return failure(Halt.ACCOUNT_FROZEN, frozenAccountMessage(origin));
    }
    long nonce = state.nonce(m.sender());
    if (nonce == -1L) {
      // the nonce is a uint64 at its maximum: the creation fails without consuming gas
      return new MessageResult(
          Halt.INSUFFICIENT_BALANCE,
          m.gas(),
          0,
          Frame.EMPTY,
          List.of(),
          Optional.empty(),
          Set.of());
    }
    Address address =
        m.kind() == Message.Kind.CREATE2
            ? ContractAddress.create2(hash(), m.sender(), salt, m.input())
            : ContractAddress.create(hash(), m.sender(), nonce);
    state.setNonce(m.sender(), nonce + 1);
    // EIP-7610 (applied to all forks by the reference tests): storage also makes a collision
    if (state.nonce(address) != 0
        || state.codeSize(address) != 0
        || (gas().storageCollision && state.hasStorage(address))) {
      return failure(Halt.CONTRACT_ADDRESS_COLLISION, Frame.EMPTY);
    }
    int snapshot = state.snapshot();
    state.createContractAccount(address);
    state.contractCreated(address, m.sender(), origin);
    if (gas().newContractNonce != 0) {
      state.setNonce(address, gas().newContractNonce);
    }
    transfer(state, m.sender(), address, m.value());
    Message init =
        new Message(
            m.kind(),
            m.sender(),
            address,
            address,
            m.value(),
            Frame.EMPTY, // init code runs with empty call data
            m.gas(),
            m.depth(),
            m.isStatic());
    Frame frame = new Frame(init, m.input(), JumpDestinations.analyse(m.input()), parent);
    Halt halt = interpreter.run(ctx, frame);
    if (halt == Halt.SUCCESS) {
      byte[] code = frame.output;
      if (code.length > gas().maxCodeSize) {
        halt = Halt.CODE_SIZE_EXCEEDED;
      } else {
        long deposit = gas().codeDeposit * code.length;
        if (deposit > frame.gas) {
          halt = Halt.OUT_OF_GAS;
        } else {
          frame.gas -= deposit;
          state.setCode(address, code);
          frame.output = Frame.EMPTY;
        }
      }
    }
    return finish(state, snapshot, frame, halt, address);
  }

  /** FISCO's output for a refused transaction of a frozen account. */
  private byte[] frozenAccountMessage(Address account) {
    return ErrorOutput.of(hash(), "Frozen account:" + account.toHex());
  }

  private static MessageResult finish(
      WorldState state, int snapshot, Frame frame, Halt halt, Address created) {
    if (halt == Halt.SUCCESS) {
      state.releaseSnapshot(snapshot);
      return new MessageResult(
          halt,
          frame.gas,
          frame.refund,
          frame.output,
          frame.logsOrEmpty(),
          Optional.ofNullable(created),
          frame.selfDestructsOrEmpty());
    }
    state.revertToSnapshot(snapshot);
    if (halt == Halt.REVERT) {
      return new MessageResult(
          halt, frame.gas, 0, frame.output, List.of(), Optional.empty(), Set.of());
    }
    return failure(halt, Frame.EMPTY);
  }

  static void transfer(WorldState state, Address from, Address to, BigInteger value) {
    state.setBalance(from, state.balance(from).subtract(value));
    state.setBalance(to, state.balance(to).add(value));
  }

  private static MessageResult success(long gasLeft, byte[] output, Address created) {
    return new MessageResult(
        Halt.SUCCESS, gasLeft, 0, output, List.of(), Optional.ofNullable(created), Set.of());
  }

  /**
   * A call FISCO refuses before running it (frozen), or a failed system contract: the frame's gas
   * goes back unused.
   */
  private static MessageResult refused(Halt halt, long gasLeft, byte[] output) {
    return new MessageResult(halt, gasLeft, 0, output, List.of(), Optional.empty(), Set.of());
  }

  static MessageResult failure(Halt halt, byte[] output) {
    return new MessageResult(halt, 0, 0, output, new ArrayList<>(0), Optional.empty(), Set.of());
  }
}
