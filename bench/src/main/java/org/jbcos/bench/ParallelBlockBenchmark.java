package org.jbcos.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.executor.ExecutedBlock;
import org.jbcos.executor.ExecutionContext;
import org.jbcos.executor.ParallelExecution;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.memory.InMemoryTableStorage;
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
 * Serial against DAG-parallel execution of one block of {@link #TRANSFERS} transfers, executed by
 * {@link BlockExecutor} over {@link BlockTableFactory} on {@link InMemoryTableStorage} and
 * committed: either 0x5002 DagTransfer {@code userTransfer} calls, or {@code ParallelOk.transfer}
 * calls (bench/src/main/resources/contracts/ParallelOk.sol, solc 0.4.25) after the contract
 * registered its functions through 0x1006. Transfers go between {@link #USERS} users, signed by
 * {@link #senders} accounts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelBlockBenchmark {
  static final int TRANSFERS = 1000;
  static final int USERS = 2000;
  static final long TX_GAS_LIMIT = 300_000_000L;
  static final Address DAG_TRANSFER = Address.ofLong(0x5002);

  @Param({"dagTransfer", "parallelOk"})
  public String workload;

  /** Accounts signing the transfers: 1 as the SDK's load generators, or many. */
  @Param({"1", "100"})
  public int senders;

  /** serial; the DAG path on one worker (its overhead); the DAG path on every core. */
  @Param({"serial", "parallel-1", "parallel"})
  public String mode;

  private final CryptoSuite suite = CryptoSuite.ecdsa();
  private BlockExecutor executor;
  private InMemoryTableStorage storage;
  private List<KeyPair> keys;
  private List<Transaction> transfers;
  private long number;
  private long nonce;

  @Setup(Level.Trial)
  public void setUp() {
    executor =
        new BlockExecutor(
            suite,
            GasSchedule.fisco(),
            switch (mode) {
              case "parallel" -> ParallelExecution.onAllCores();
              case "parallel-1" -> ParallelExecution.withWorkers(1);
              default -> ParallelExecution.serial();
            });
    storage = new InMemoryTableStorage();
    new BlockTableFactory(storage, suite.hashFunction(), 0).commit();
    keys = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      keys.add(suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(0xbe7c5 + i)));
    }
    transfers = workload.equals("dagTransfer") ? setUpDagTransfer() : setUpParallelOk();
    check(block(transfers));
  }

  private List<Transaction> setUpDagTransfer() {
    AbiFunction add = AbiFunction.parse("userAdd(string,uint256)", suite.hashFunction());
    AbiFunction transfer =
        AbiFunction.parse("userTransfer(string,string,uint256)", suite.hashFunction());
    List<Transaction> adds = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      adds.add(tx(i, DAG_TRANSFER, add.encodeCall(user(i), BigInteger.TEN.pow(12))));
    }
    check(block(adds));
    List<Transaction> out = new ArrayList<>();
    for (int i = 0; i < TRANSFERS; i++) {
      out.add(
          tx(
              i,
              DAG_TRANSFER,
              transfer.encodeCall(user(i), user((i * 7 + 1) % USERS), BigInteger.valueOf(i + 1))));
    }
    return out;
  }

  private List<Transaction> setUpParallelOk() {
    ExecutedBlock deployed =
        block(
            List.of(tx(0, null, SolidityContracts.compile("ParallelOk.sol", "ParallelOk", false))));
    check(deployed);
    Address ok = Address.wrap(deployed.receipts().get(0).contractAddress());
    AbiFunction enable = AbiFunction.parse("enableParallel()", suite.hashFunction());
    AbiFunction set = AbiFunction.parse("set(string,uint256)", suite.hashFunction());
    AbiFunction transfer =
        AbiFunction.parse("transfer(string,string,uint256)", suite.hashFunction());
    check(block(List.of(tx(0, ok, enable.encodeCall()))));
    List<Transaction> sets = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      sets.add(tx(i, ok, set.encodeCall(user(i), BigInteger.TEN.pow(12))));
    }
    check(block(sets));
    List<Transaction> out = new ArrayList<>();
    for (int i = 0; i < TRANSFERS; i++) {
      out.add(
          tx(
              i,
              ok,
              transfer.encodeCall(user(i), user((i * 7 + 1) % USERS), BigInteger.valueOf(i + 1))));
    }
    return out;
  }

  @Benchmark
  public byte[] executeAndCommit() {
    return block(transfers).stateRoot();
  }

  /** Executes and commits the next block. */
  ExecutedBlock block(List<Transaction> txs) {
    long n = ++number;
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), n);
    ExecutedBlock executed =
        executor.execute(
            tables,
            new ExecutionContext(
                suite, n, 1_700_000_000_000L + n * 1000, Address.ZERO, TX_GAS_LIMIT),
            txs);
    tables.commit();
    return executed;
  }

  private static void check(ExecutedBlock block) {
    for (TransactionReceipt r : block.receipts()) {
      if (r.status() != ReceiptStatus.NONE.code()) {
        throw new IllegalStateException("a set-up transaction failed: status " + r.status());
      }
      byte[] out = r.output();
      // DagTransfer returns a code: anything but 0 is a failed transfer
      if (out.length == 32 && new BigInteger(out).signum() != 0) {
        throw new IllegalStateException("a transfer failed: " + new BigInteger(out));
      }
    }
  }

  private static String user(int i) {
    return "user" + i;
  }

  private Transaction tx(int i, Address to, byte[] data) {
    Transaction.Builder b =
        Transaction.builder()
            .nonce(BigInteger.valueOf(++nonce))
            .gas(BigInteger.valueOf(3_000_000))
            .blockLimit(100)
            .data(data);
    if (to != null) {
      b.to(to.toBytes());
    }
    Transaction tx = b.sign(suite, keys.get(i % senders));
    tx.sender(suite); // recovered once here, as the pool does, and cached
    return tx;
  }

  /**
   * Runs both workloads serially and in parallel for three blocks and prints each block's state
   * root: the serial and parallel lines must be equal.
   */
  public static void main(String[] args) {
    for (String workload : List.of("dagTransfer", "parallelOk")) {
      for (String mode : List.of("serial", "parallel-1", "parallel")) {
        ParallelBlockBenchmark b = new ParallelBlockBenchmark();
        b.workload = workload;
        b.mode = mode;
        b.senders = 1;
        b.setUp();
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          roots.add(Hex.encode(Arrays.copyOf(b.executeAndCommit(), 4)));
        }
        System.out.println(workload + " " + mode + " roots " + roots);
      }
    }
  }
}
