package org.jbcos.executor;

import java.math.BigInteger;
import java.util.ArrayList;
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
import org.jbcos.executor.precompiled.SystemContracts;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.LogEntry;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.BlockTableFactory;

/**
 * Executes a block's transactions in order over the block's tables, serially, and builds the
 * receipts. Deterministic: the same transactions over the same state give the same receipts and
 * state root on every node. Transactions reach it already admitted by the pool (decoded, signature
 * checked); the sender is recovered again here only if the caller did not pass it.
 */
public final class BlockExecutor {
  private final CryptoSuite suite;
  private final TransactionProcessor processor;

  public BlockExecutor(CryptoSuite suite, GasSchedule schedule) {
    this.suite = suite;
    PrecompileRegistry precompiles =
        SystemContracts.register(StandardPrecompiles.fisco(), suite.hashFunction());
    Evm evm = new Evm(new EvmConfig(schedule, suite.hashFunction(), precompiles));
    this.processor = new TransactionProcessor(evm, TransactionProcessor.Rules.FISCO);
  }

  /**
   * Runs {@code transactions} over {@code tables} and computes the state root; the caller commits
   * (or drops) the tables.
   */
  public ExecutedBlock execute(
      BlockTableFactory tables, ExecutionContext ctx, List<Transaction> transactions) {
    StorageWorldState state = new StorageWorldState(tables, suite.hashFunction());
    BlockContext block = blockContext(ctx);
    List<Pending> pending = new ArrayList<>(transactions.size());
    for (Transaction tx : transactions) {
      TransactionResult result = processor.process(state, block, evmTransaction(tx, ctx));
      pending.add(new Pending(result));
    }
    byte[] root = tables.stateRoot();
    List<TransactionReceipt> receipts = new ArrayList<>(pending.size());
    BigInteger gasUsed = BigInteger.ZERO;
    LogBloom bloom = LogBloom.empty();
    for (Pending p : pending) {
      TransactionReceipt r = p.receipt(root, ctx.txGasLimit(), suite);
      receipts.add(r);
      gasUsed = gasUsed.add(r.gasUsed());
      bloom = bloom.or(r.bloom());
    }
    return new ExecutedBlock(receipts, root, gasUsed, bloom);
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
