package org.jbcos.tools.evm;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.Address;
import org.jbcos.evm.BlockContext;
import org.jbcos.evm.Evm;
import org.jbcos.evm.EvmTransaction;
import org.jbcos.evm.Log;
import org.jbcos.evm.TransactionProcessor;
import org.jbcos.evm.TransactionResult;
import org.jbcos.evm.Word;
import org.jbcos.evm.worldstate.InMemoryWorldState;

/**
 * Runs state tests: for each expected post-state, applies the chosen transaction to a fresh copy of
 * the pre-state with Ethereum's rules (fees, nonces, EIP-158 clean-up are the transaction
 * processor's) and compares the state root and logs hash with the expected ones.
 */
public final class StateTestRunner {
  /** Petersburg, the rules of FISCO BCOS 2.x's EVM: the only fork supported. */
  public static final String DEFAULT_FORK = "ConstantinopleFix";

  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final String fork;
  private final TransactionProcessor processor;

  public StateTestRunner() {
    this(DEFAULT_FORK);
  }

  /**
   * @throws IllegalArgumentException for a fork other than {@link #DEFAULT_FORK}
   */
  public StateTestRunner(String fork) {
    if (!DEFAULT_FORK.equals(fork)) {
      throw new IllegalArgumentException(
          "fork '"
              + fork
              + "' is not supported: only "
              + DEFAULT_FORK
              + " (Petersburg, the EVM of FISCO BCOS 2.x)");
    }
    this.fork = fork;
    this.processor =
        new TransactionProcessor(
            new Evm(EvmConfigs.ethereumPetersburg()), TransactionProcessor.Rules.ETHEREUM);
  }

  public String fork() {
    return fork;
  }

  /** What this runner checks of {@code test}; empty when the test has nothing for the fork. */
  public List<StateTest.PostState> expectations(StateTest test) {
    return test.post().getOrDefault(fork, List.of());
  }

  /** Runs every expected post-state of the fork. */
  public List<CaseResult> run(StateTest test) {
    List<CaseResult> results = new ArrayList<>();
    for (StateTest.PostState expected : expectations(test)) {
      results.add(run(test, expected));
    }
    return results;
  }

  /** Runs one index combination; never throws, a failure to run is reported in the result. */
  public CaseResult run(StateTest test, StateTest.PostState expected) {
    try {
      return execute(test, expected);
    } catch (RuntimeException | StackOverflowError e) {
      return CaseResult.error(test, expected, errorText(e));
    }
  }

  private CaseResult execute(StateTest test, StateTest.PostState expected) {
    StateTest.Transaction template = test.transaction();
    if (expected.data() >= template.data().size()
        || expected.gas() >= template.gasLimit().size()
        || expected.value() >= template.value().size()) {
      return CaseResult.error(test, expected, "index out of range of the tx");
    }
    InMemoryWorldState state = preState(test.pre());
    List<Log> logs = List.of();
    BigInteger gasLimit = template.gasLimit().get(expected.gas());
    // checked here because EvmTransaction holds longs: such a tx is invalid and changes nothing
    boolean fitsBlock = gasLimit.compareTo(BigInteger.valueOf(test.env().gasLimit())) <= 0;
    boolean nonceFits = template.nonce().compareTo(UINT64_MAX) <= 0;
    if (fitsBlock && nonceFits) {
      EvmTransaction tx =
          new EvmTransaction(
              template.sender(),
              template.to(),
              template.nonce().longValue(), // unsigned, as the EVM keeps nonces
              template.gasPrice(),
              gasLimit.longValueExact(),
              template.value().get(expected.value()),
              template.data().get(expected.data()));
      TransactionResult result = processor.process(state, block(test.env()), tx);
      if (result.isValid()) {
        logs = result.logs();
      }
    }
    return new CaseResult(
        test,
        expected,
        Word.fromBytes(StateRoot.of(state.accounts())),
        Word.fromBytes(LogsHash.of(logs)),
        Optional.empty());
  }

  private static InMemoryWorldState preState(Map<Address, StateTest.Account> pre) {
    InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
    pre.forEach(
        (address, a) -> state.putAccount(address, a.balance(), a.nonce(), a.code(), a.storage()));
    return state;
  }

  private static BlockContext block(StateTest.Env env) {
    return new BlockContext(
        env.coinbase(),
        env.number(),
        env.timestamp(),
        env.gasLimit(),
        env.difficulty(),
        StateTestRunner::blockHash);
  }

  /** The reference client's stand-in for block hashes in state tests: keccak("<number>"). */
  static Word blockHash(long number) {
    byte[] decimal = Long.toString(number).getBytes(StandardCharsets.US_ASCII);
    return Word.fromBytes(Keccak256.INSTANCE.hash(decimal));
  }

  private static String errorText(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + shorten(e.getMessage());
    String where = "";
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      where = " at " + trace[0];
    }
    return e.getClass().getSimpleName() + message + where;
  }

  private static String shorten(String message) {
    String line = message.replace('\n', ' ');
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
