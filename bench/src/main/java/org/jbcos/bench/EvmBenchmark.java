package org.jbcos.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.Address;
import org.jbcos.evm.BlockContext;
import org.jbcos.evm.Evm;
import org.jbcos.evm.EvmConfig;
import org.jbcos.evm.EvmTransaction;
import org.jbcos.evm.Halt;
import org.jbcos.evm.TransactionProcessor;
import org.jbcos.evm.TransactionResult;
import org.jbcos.evm.Word;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The EVM on contracts compiled by solc 0.4.25 (bench/src/main/resources/contracts/EvmBench.sol),
 * over the in-memory world state with FISCO's no-fee rules. Besides calls per second, the {@code
 * gas} counter gives gas per second, the figure the goal is stated in.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvmBenchmark {
  private static final Address SENDER = Address.fromHex("0x" + "a1".repeat(20));

  @Param({
    "keccakLoop(1000)",
    "arithmeticLoop(1000)",
    "transferLoop(200)",
    "storeLoop(200)",
    "memoryCopy(4096)",
    "fib(10)"
  })
  public String call;

  /** Gas executed, reported per second by JMH. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class GasCounter {
    public long gas;
  }

  private InMemoryWorldState state;
  private TransactionProcessor processor;
  private BlockContext block;
  private EvmTransaction tx;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    byte[] code = SolidityContracts.compile("EvmBench.sol", "EvmBench", false);
    state = new InMemoryWorldState(Keccak256.INSTANCE);
    Evm evm =
        new Evm(new EvmConfig(GasSchedule.fisco(), Keccak256.INSTANCE, new PrecompileRegistry()));
    processor = new TransactionProcessor(evm, TransactionProcessor.Rules.FISCO);
    block = new BlockContext(Address.ZERO, 1, 1, 0, BigInteger.ZERO, n -> Word.ZERO);
    TransactionResult deployed = run(Optional.empty(), code);
    Address contract = deployed.createdAddress().orElseThrow();
    String name = call.substring(0, call.indexOf('('));
    long arg = Long.parseLong(call.substring(call.indexOf('(') + 1, call.length() - 1));
    byte[] data =
        AbiFunction.parse(name + "(uint256)", Keccak256.INSTANCE)
            .encodeCall(BigInteger.valueOf(arg));
    tx =
        new EvmTransaction(
            SENDER,
            Optional.of(contract),
            0,
            BigInteger.ZERO,
            1_000_000_000L,
            BigInteger.ZERO,
            data);
    TransactionResult warm = processor.process(state, block, tx);
    if (warm.halt() != Halt.SUCCESS) {
      throw new IllegalStateException(call + " failed: " + warm.halt());
    }
  }

  private TransactionResult run(Optional<Address> to, byte[] data) {
    return processor.process(
        state,
        block,
        new EvmTransaction(SENDER, to, 0, BigInteger.ZERO, 1_000_000_000L, BigInteger.ZERO, data));
  }

  @Benchmark
  public long execute(GasCounter counter) {
    TransactionResult r = processor.process(state, block, tx);
    counter.gas += r.gasUsed();
    return r.gasUsed();
  }
}
