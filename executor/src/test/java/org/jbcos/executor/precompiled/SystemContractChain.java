package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.evm.TransactionResult;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.executor.ExecutedBlock;
import org.jbcos.executor.ExecutionContext;
import org.jbcos.executor.ParallelExecution;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;
import org.jbcos.storage.memory.InMemoryTableStorage;

/**
 * A chain in memory for system-contract tests: a genesis with {@code tx_count_limit} 1000 and one
 * sealer, and blocks of signed transactions executed by {@link BlockExecutor} and committed.
 */
final class SystemContractChain {
  static final long TX_GAS_LIMIT = 300_000_000L;

  final CryptoSuite suite;
  final String sealer;
  private final long txGasLimit;
  private final InMemoryTableStorage storage = new InMemoryTableStorage();
  private final BlockExecutor executor;
  private final KeyPair key;
  private long number;
  private int nonce;
  private byte[] lastStateRoot = new byte[0];

  SystemContractChain(boolean sm) {
    this(sm, GasMetrics.STANDARD, TX_GAS_LIMIT);
  }

  /** A chain whose system contracts are priced by {@code metrics}, each transaction given gas. */
  SystemContractChain(boolean sm, GasMetrics metrics, long txGasLimit) {
    this.suite = CryptoSuite.of(sm);
    this.txGasLimit = txGasLimit;
    this.executor =
        new BlockExecutor(suite, GasSchedule.fisco(), ParallelExecution.onAllCores(), metrics);
    this.key = suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(0xa11ce));
    this.sealer = suite.generateKeyPair().publicKeyHex();
    BlockTableFactory genesis = new BlockTableFactory(storage, suite.hashFunction(), 0);
    table(genesis, SystemTables.CONFIG)
        .insert("tx_count_limit", Entry.of("value", "1000", "enable_num", "0"));
    table(genesis, SystemTables.CONSENSUS)
        .insert("node", Entry.of("type", "sealer", "node_id", sealer, "enable_num", "0"));
    genesis.commit();
  }

  AbiFunction function(String signature) {
    return AbiFunction.parse(signature, suite.hashFunction());
  }

  long blockNumber() {
    return number;
  }

  /** The state root of the last block executed. */
  byte[] lastStateRoot() {
    return lastStateRoot.clone();
  }

  /** Deploys {@code code} in a block of its own; returns the new contract's address. */
  Address deploy(byte[] code) {
    return Address.wrap(send(key, new byte[0], List.of(code)).get(0).contractAddress());
  }

  /** Deploys {@code code} from {@code from} in a block of its own; returns the receipt. */
  TransactionReceipt deployFrom(KeyPair from, byte[] code) {
    return send(from, new byte[0], List.of(code)).get(0);
  }

  /** Executes and commits the next block with one transaction per call; returns the receipts. */
  List<TransactionReceipt> block(Address to, byte[]... calls) {
    return send(key, to.toBytes(), List.of(calls));
  }

  /** {@link #block} with transactions signed by {@code from}. */
  List<TransactionReceipt> blockFrom(KeyPair from, Address to, byte[]... calls) {
    return send(from, to.toBytes(), List.of(calls));
  }

  /** The key that signs {@link #block} and {@link #deploy} transactions. */
  KeyPair defaultKey() {
    return key;
  }

  /** Another account's key, the same for the same seed. */
  KeyPair account(long seed) {
    return suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(seed));
  }

  Address address(KeyPair account) {
    return Address.wrap(suite.address(account.publicKey()));
  }

  /**
   * Executes one transaction as block {@code blockNumber} on top of the head without committing it
   * (to see the chain as it would be much later).
   */
  TransactionReceipt executeAt(long blockNumber, KeyPair from, Address to, byte[] data) {
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), blockNumber);
    Transaction tx =
        Transaction.builder()
            .nonce(BigInteger.valueOf(++nonce))
            .gas(BigInteger.valueOf(3_000_000))
            .blockLimit(blockNumber + 100)
            .to(to.toBytes())
            .data(data)
            .sign(suite, from);
    return executor.execute(tables, context(blockNumber), List.of(tx)).receipts().get(0);
  }

  private List<TransactionReceipt> send(KeyPair signer, byte[] to, List<byte[]> calls) {
    number++;
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), number);
    List<Transaction> txs =
        calls.stream()
            .map(
                data ->
                    Transaction.builder()
                        .nonce(BigInteger.valueOf(++nonce))
                        .gas(BigInteger.valueOf(3_000_000))
                        .blockLimit(number + 100)
                        .to(to)
                        .data(data)
                        .sign(suite, signer))
            .toList();
    ExecutedBlock executed = executor.execute(tables, context(number), txs);
    tables.commit();
    lastStateRoot = executed.stateRoot();
    return executed.receipts();
  }

  /** The {@code call} RPC on top of the head. */
  TransactionResult call(Address to, byte[] data) {
    return executor.call(
        new BlockTableFactory(storage, suite.hashFunction(), number + 1),
        context(number + 1),
        Address.ZERO,
        to,
        data);
  }

  /** The rows of {@code key} in {@code table} as the next block sees them. */
  List<Entry> rows(String table, String key) {
    return table(new BlockTableFactory(storage, suite.hashFunction(), number + 1), table)
        .select(key, Condition.all());
  }

  private ExecutionContext context(long n) {
    return new ExecutionContext(suite, n, 1_700_000_000_000L + n, Address.ZERO, txGasLimit);
  }

  private static Table table(BlockTableFactory tables, String name) {
    return tables.openTable(name).orElseThrow();
  }

  /** A return code as the SDK reads it: the output as a signed number. */
  static int code(TransactionReceipt receipt) {
    return new BigInteger(receipt.output()).intValueExact();
  }
}
