package org.jbcos.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
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
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The serial block pipeline without consensus or ledger: execute a block of {@link #TRANSFERS}
 * {@code TpsTransfer.transfer} calls (bench/src/main/resources/contracts/TpsTransfer.sol, solc
 * 0.4.25) through {@link BlockExecutor} over {@link BlockTableFactory} on {@link
 * InMemoryTableStorage}, build the block (roots, header, encoding) and commit the tables.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BlockExecutionBenchmark {
  static final int TRANSFERS = 1000;
  static final int ACCOUNTS = 2000;
  static final long TX_GAS_LIMIT = 300_000_000L;

  private final CryptoSuite suite = CryptoSuite.ecdsa();
  private final BlockExecutor executor =
      new BlockExecutor(suite, GasSchedule.fisco(), ParallelExecution.serial());
  private InMemoryTableStorage storage;
  private List<Transaction> transfers;
  private long number;
  private byte[] parentHash = new byte[32];

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    storage = new InMemoryTableStorage();
    new BlockTableFactory(storage, suite.hashFunction(), 0).commit();
    number = 0;
    KeyPair key = suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(0xbe7c4));
    long nonce = 0;
    Block deploy =
        block(
            List.of(
                tx(
                    key,
                    nonce++,
                    new byte[0],
                    SolidityContracts.compile("TpsTransfer.sol", "TpsTransfer", false))));
    byte[] contract = deploy.receipts().get(0).contractAddress();

    AbiFunction set = AbiFunction.parse("set(address,uint256)", suite.hashFunction());
    AbiFunction transfer =
        AbiFunction.parse("transfer(address,address,uint256)", suite.hashFunction());
    List<Transaction> sets = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      sets.add(tx(key, nonce++, contract, set.encodeCall(account(i), BigInteger.TEN.pow(12))));
    }
    block(sets);
    transfers = new ArrayList<>();
    for (int i = 0; i < TRANSFERS; i++) {
      transfers.add(
          tx(
              key,
              nonce++,
              contract,
              transfer.encodeCall(
                  account(i), account((i * 7 + 1) % ACCOUNTS), BigInteger.valueOf(i + 1))));
    }
    for (TransactionReceipt r : block(transfers).receipts()) {
      if (r.status() != ReceiptStatus.NONE.code()) {
        throw new IllegalStateException("transfer failed: " + r.status());
      }
    }
  }

  @Benchmark
  public byte[] executeAndCommit() {
    return block(transfers).header().hash(suite);
  }

  /** Executes, builds and commits the next block; returns it with its receipts. */
  Block block(List<Transaction> txs) {
    long n = ++number;
    long timestamp = 1_700_000_000_000L + n * 1000;
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), n);
    ExecutedBlock executed =
        executor.execute(
            tables, new ExecutionContext(suite, n, timestamp, Address.ZERO, TX_GAS_LIMIT), txs);
    Block withReceipts = new Block(emptyHeader(n, timestamp), txs, List.of(), executed.receipts());
    BlockHeader header =
        new BlockHeader(
            parentHash,
            executed.stateRoot(),
            withReceipts.computeTransactionsRoot(suite),
            withReceipts.computeReceiptsRoot(suite),
            executed.stateRoot(),
            executed.bloom(),
            n,
            BigInteger.ZERO,
            executed.gasUsed(),
            timestamp,
            List.of(),
            BigInteger.ZERO,
            List.of());
    Block block = new Block(header, txs, List.of(), executed.receipts());
    // the ledger stores the encoded block; its bytes go to the blackhole through the hash
    parentHash = suite.hash(block.encode(suite));
    tables.commit();
    return block;
  }

  private BlockHeader emptyHeader(long n, long timestamp) {
    return new BlockHeader(
        parentHash,
        new byte[32],
        new byte[32],
        new byte[32],
        new byte[32],
        org.jbcos.protocol.LogBloom.empty(),
        n,
        BigInteger.ZERO,
        BigInteger.ZERO,
        timestamp,
        List.of(),
        BigInteger.ZERO,
        List.of());
  }

  private static org.jbcos.codec.abi.Address account(int i) {
    return org.jbcos.codec.abi.Address.fromHex(String.format("0x%040x", 0x10000L + i * 7919L));
  }

  private Transaction tx(KeyPair key, long nonce, byte[] to, byte[] data) {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce))
        .gas(BigInteger.valueOf(3_000_000))
        .blockLimit(100)
        .to(to)
        .data(data)
        .sign(suite, key);
  }

  /**
   * Prints the hash of the last of a few blocks (setup, then 3 transfer blocks): it must not change
   * when the pipeline gets faster.
   */
  public static void main(String[] args) throws IOException {
    BlockExecutionBenchmark b = new BlockExecutionBenchmark();
    b.setUp();
    for (int i = 0; i < 3; i++) {
      b.executeAndCommit();
    }
    System.out.println("block " + b.number + " parent-chain hash " + Hex.encode(b.parentHash));
  }
}
