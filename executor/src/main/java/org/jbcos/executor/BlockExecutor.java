package org.jbcos.executor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.evm.Address;
import org.jbcos.evm.BlockContext;
import org.jbcos.evm.Evm;
import org.jbcos.evm.EvmConfig;
import org.jbcos.evm.EvmTransaction;
import org.jbcos.evm.Log;
import org.jbcos.evm.TransactionProcessor;
import org.jbcos.evm.TransactionResult;
import org.jbcos.evm.Word;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.precompile.StandardPrecompiles;
import org.jbcos.executor.parallel.ConflictKeys;
import org.jbcos.executor.parallel.DagRunner;
import org.jbcos.executor.parallel.TxDag;
import org.jbcos.executor.precompiled.GasMetrics;
import org.jbcos.executor.precompiled.SystemContracts;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.LogEntry;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.BlockTableFactory;

/**
 * Executes a block's transactions over the block's tables and builds the receipts: DAG-parallel
 * (node-design.md §4.8, see {@code org.jbcos.executor.parallel}) or serially, by {@link
 * ParallelExecution}, with the same results either way. Deterministic: the same transactions over
 * the same state give the same receipts and state root on every node. Transactions reach it already
 * admitted by the pool (decoded, signature checked); the sender is recovered again here only if the
 * caller did not pass it.
 */
public final class BlockExecutor {
  private final CryptoSuite suite;
  private final TransactionProcessor processor;
  private final ConflictKeys conflictKeys;
  private final boolean parallel;
  private final DagRunner runner;

  /** An executor that runs blocks DAG-parallel on all cores. */
  public BlockExecutor(CryptoSuite suite, GasSchedule schedule) {
    this(suite, schedule, ParallelExecution.onAllCores());
  }

  /** An executor whose system contracts are priced by 2.9's standard metrics. */
  public BlockExecutor(CryptoSuite suite, GasSchedule schedule, ParallelExecution parallel) {
    this(suite, schedule, parallel, GasMetrics.STANDARD);
  }

  /**
   * @param systemContractGas how system-contract calls are priced: {@link GasMetrics#of} the
   *     group's {@code supported_version} (charged from 2.4.0) and {@code [evm]
   *     enable_free_storage}
   */
  public BlockExecutor(
      CryptoSuite suite,
      GasSchedule schedule,
      ParallelExecution parallel,
      GasMetrics systemContractGas) {
    this.suite = suite;
    PrecompileRegistry precompiles =
        SystemContracts.register(
            StandardPrecompiles.fisco(), suite.hashFunction(), systemContractGas);
    Evm evm = new Evm(new EvmConfig(schedule, suite.hashFunction(), precompiles));
    this.processor = new TransactionProcessor(evm, TransactionProcessor.Rules.FISCO);
    this.conflictKeys = new ConflictKeys(precompiles, suite.hashFunction());
    this.parallel = parallel.enabled();
    this.runner = new DagRunner(parallel.workers());
  }

  /**
   * Runs {@code transactions} over {@code tables} and computes the state root; the caller commits
   * (or drops) the tables. With parallel execution on, transactions whose conflict keys are
   * disjoint run at the same time on the worker threads; the receipts and root are those of running
   * them in block order. Serially, the block runs on one worker thread.
   */
  public ExecutedBlock execute(
      BlockTableFactory tables, ExecutionContext ctx, List<Transaction> transactions) {
    StorageWorldState state = new StorageWorldState(tables, suite.hashFunction());
    BlockContext block = blockContext(ctx);
    int n = transactions.size();
    EvmTransaction[] txs = new EvmTransaction[n];
    TransactionResult[] results = new TransactionResult[n];
    if (parallel && n > 1) {
      TxDag dag = dagOf(tables, ctx, transactions, txs);
      if (dag.isSerial()) {
        runner.runAlone(() -> runSerially(state, block, txs, results));
      } else {
        runner.run(dag, i -> results[i] = processor.process(state, block, txs[i]));
      }
    } else {
      runner.runAlone(
          () -> {
            for (int i = 0; i < n; i++) {
              txs[i] = evmTransaction(transactions.get(i), ctx);
            }
            runSerially(state, block, txs, results);
          });
    }
    byte[] root = tables.stateRoot();
    List<TransactionReceipt> receipts = new ArrayList<>(n);
    BigInteger gasUsed = BigInteger.ZERO;
    LogBloom bloom = LogBloom.empty();
    for (TransactionResult result : results) {
      TransactionReceipt r = new Pending(result).receipt(root, ctx.txGasLimit(), suite);
      receipts.add(r);
      gasUsed = gasUsed.add(r.gasUsed());
      bloom = bloom.or(r.bloom());
    }
    return new ExecutedBlock(receipts, root, gasUsed, bloom);
  }

  /**
   * Recovers the senders and reads the conflict keys on the workers, against the state at the start
   * of the block, and builds the DAG.
   */
  private TxDag dagOf(
      BlockTableFactory tables,
      ExecutionContext ctx,
      List<Transaction> transactions,
      EvmTransaction[] txs) {
    List<Optional<List<String>>> keys = new ArrayList<>(Collections.nCopies(txs.length, null));
    ConflictKeys.Reader reader = conflictKeys.reader(tables);
    runner.forEach(
        txs.length,
        i -> {
          EvmTransaction tx = evmTransaction(transactions.get(i), ctx);
          txs[i] = tx;
          keys.set(i, reader.of(tx.to(), tx.value(), tx.data()));
        });
    return TxDag.of(keys);
  }

  private void runSerially(
      StorageWorldState state,
      BlockContext block,
      EvmTransaction[] txs,
      TransactionResult[] results) {
    for (int i = 0; i < txs.length; i++) {
      results[i] = processor.process(state, block, txs[i]);
    }
  }

  /**
   * A read-only call (the {@code call} RPC): runs over {@code tables} and rolls every change back.
   */
  public TransactionResult call(
      BlockTableFactory tables, ExecutionContext ctx, Address from, Address to, byte[] data) {
    StorageWorldState state = new StorageWorldState(tables, suite.hashFunction());
    int savepoint = tables.savepoint();
    try {
      return processor.process(
          state,
          blockContext(ctx),
          new EvmTransaction(
              from, Optional.of(to), 0, BigInteger.ZERO, ctx.txGasLimit(), BigInteger.ZERO, data));
    } finally {
      tables.rollback(savepoint);
    }
  }

  private static BlockContext blockContext(ExecutionContext ctx) {
    return new BlockContext(
        ctx.sealer(),
        ctx.number(),
        ctx.timestamp(),
        ctx.txGasLimit(),
        BigInteger.ZERO,
        n -> Word.ZERO);
  }

  private EvmTransaction evmTransaction(Transaction tx, ExecutionContext ctx) {
    return new EvmTransaction(
        Address.wrap(tx.sender(suite)),
        tx.to().map(Address::wrap),
        0,
        BigInteger.ZERO,
        ctx.txGasLimit(),
        tx.value(),
        tx.data());
  }

  /** A transaction's result, waiting for the block's state root. */
  private record Pending(TransactionResult result) {
    TransactionReceipt receipt(byte[] stateRoot, long gasLimit, CryptoSuite suite) {
      List<LogEntry> logs = new ArrayList<>(result.logs().size());
      for (Log log : result.logs()) {
        logs.add(
            new LogEntry(
                log.address().toBytes(),
                log.topics().stream().map(Word::toBytes).toList(),
                log.data()));
      }
      return new TransactionReceipt(
          stateRoot,
          BigInteger.valueOf(result.gasUsed()),
          result.createdAddress().map(Address::toBytes).orElse(new byte[20]),
          LogBloom.of(logs, suite.hashFunction()),
          ReceiptStatuses.of(result.halt()).code(),
          result.output(),
          Optional.of(BigInteger.valueOf(gasLimit - result.gasUsed())),
          logs);
    }
  }
}
