package org.jbcos.executor.parallel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.StandardPrecompiles;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.executor.ExecutedBlock;
import org.jbcos.executor.ExecutionContext;
import org.jbcos.executor.ParallelExecution;
import org.jbcos.executor.precompiled.SystemContracts;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.memory.InMemoryTableStorage;

/**
 * Two in-memory chains fed the same signed blocks: one executes serially, the other DAG-parallel.
 * Both commit every block, so later blocks run over the state the earlier ones left.
 */
final class TwinChains {
  static final long TX_GAS_LIMIT = 300_000_000L;

  /** A transaction: the index of its sender, its target (empty: a deployment) and its data. */
  record Call(int sender, Optional<Address> to, byte[] data) {
    static Call to(int sender, Address to, byte[] data) {
      return new Call(sender, Optional.of(to), data);
    }

    static Call deploy(int sender, byte[] code) {
      return new Call(sender, Optional.empty(), code);
    }
  }

  /** One block as both chains executed it. */
  record Outcome(ExecutedBlock serial, ExecutedBlock parallel) {
    List<String> serialReceipts() {
      return serial.receipts().stream().map(r -> Hex.encode(r.encode())).toList();
    }

    List<String> parallelReceipts() {
      return parallel.receipts().stream().map(r -> Hex.encode(r.encode())).toList();
    }
  }

  final CryptoSuite suite;
  private final List<KeyPair> senders = new ArrayList<>();
  private final InMemoryTableStorage serialStorage = new InMemoryTableStorage();
  private final InMemoryTableStorage parallelStorage = new InMemoryTableStorage();
  private final BlockExecutor serial;
  private final BlockExecutor parallel;
  private long number;
  private long nonce;

  TwinChains(boolean sm, int senderCount, int workers) {
    this.suite = CryptoSuite.of(sm);
    this.serial = new BlockExecutor(suite, GasSchedule.fisco(), ParallelExecution.serial());
    this.parallel =
        new BlockExecutor(suite, GasSchedule.fisco(), ParallelExecution.withWorkers(workers));
    for (int i = 0; i < senderCount; i++) {
      senders.add(suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(0x5e9d + i)));
    }
    new BlockTableFactory(serialStorage, suite.hashFunction(), 0).commit();
    new BlockTableFactory(parallelStorage, suite.hashFunction(), 0).commit();
  }

  AbiFunction function(String signature) {
    return AbiFunction.parse(signature, suite.hashFunction());
  }

  /** Executes and commits the next block on both chains. */
  Outcome block(List<Call> calls) {
    number++;
    List<Transaction> txs = new ArrayList<>(calls.size());
    for (Call c : calls) {
      Transaction.Builder b =
          Transaction.builder()
              .nonce(BigInteger.valueOf(++nonce))
              .gas(BigInteger.valueOf(3_000_000))
              .blockLimit(number + 100)
              .data(c.data());
      c.to().ifPresent(to -> b.to(to.toBytes()));
      txs.add(b.sign(suite, senders.get(c.sender())));
    }
    ExecutionContext ctx =
        new ExecutionContext(
            suite, number, 1_700_000_000_000L + number, Address.ZERO, TX_GAS_LIMIT);
    // each chain gets its own copies: the sender cache of a transaction must not leak across
    List<Transaction> copies =
        txs.stream().map(t -> Transaction.decode(t.encode(), suite)).toList();
    BlockTableFactory s = new BlockTableFactory(serialStorage, suite.hashFunction(), number);
    ExecutedBlock serialBlock = serial.execute(s, ctx, txs);
    s.commit();
    BlockTableFactory p = new BlockTableFactory(parallelStorage, suite.hashFunction(), number);
    ExecutedBlock parallelBlock = parallel.execute(p, ctx, copies);
    p.commit();
    return new Outcome(serialBlock, parallelBlock);
  }

  /** The conflict keys of a call on top of the parallel chain's head. */
  Optional<List<String>> conflictKeys(Address to, byte[] data) {
    ConflictKeys keys =
        new ConflictKeys(
            SystemContracts.register(StandardPrecompiles.fisco(), suite.hashFunction()),
            suite.hashFunction());
    return keys.of(
        new BlockTableFactory(parallelStorage, suite.hashFunction(), number + 1),
        Optional.of(to),
        BigInteger.ZERO,
        data);
  }

  /** The rows of {@code key} in {@code table} on the parallel chain. */
  List<Entry> parallelRows(String table, String key) {
    return rows(parallelStorage, table, key);
  }

  /** The rows of {@code key} in {@code table} on the serial chain. */
  List<Entry> serialRows(String table, String key) {
    return rows(serialStorage, table, key);
  }

  private List<Entry> rows(InMemoryTableStorage storage, String table, String key) {
    return new BlockTableFactory(storage, suite.hashFunction(), number + 1)
        .openTable(table)
        .map(t -> t.select(key, Condition.all()))
        .orElse(List.of());
  }

  private static final byte[][] PARALLEL_OK = new byte[2][];

  /** ParallelOk.sol compiled by solc 0.4.25 (the SM compiler for SM chains), once per kind. */
  static synchronized byte[] parallelOk(boolean sm) {
    int i = sm ? 1 : 0;
    if (PARALLEL_OK[i] == null) {
      PARALLEL_OK[i] = compileParallelOk(sm);
    }
    return PARALLEL_OK[i].clone();
  }

  private static byte[] compileParallelOk(boolean sm) {
    try (InputStream in = TwinChains.class.getResourceAsStream("/contracts/ParallelOk.sol")) {
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              sm,
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      if (r.isFailed()) {
        throw new IllegalStateException(r.getErrors());
      }
      return Hex.decode(CompilationResult.parse(r.getOutput()).getContract("ParallelOk").bin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
