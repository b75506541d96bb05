package org.jbcos.rpc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.LogEntry;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.SealerSignature;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.rpc.backend.Admission;
import org.jbcos.rpc.backend.CallRequest;
import org.jbcos.rpc.backend.CallResult;
import org.jbcos.rpc.backend.ChainQueries;
import org.jbcos.rpc.backend.ConsensusQueries;
import org.jbcos.rpc.backend.ConsensusStatus;
import org.jbcos.rpc.backend.ContractCaller;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.SyncStatus;
import org.jbcos.rpc.backend.TransactionCount;
import org.jbcos.rpc.backend.TransactionLocation;
import org.jbcos.rpc.backend.TransactionOutcome;
import org.jbcos.rpc.backend.TransactionPool;

/**
 * A group with canned but well-formed data: a genesis block, a block with two transactions, a pool
 * that admits transactions whose blockLimit is in the window and a {@link #seal()} that commits
 * them in a new block, each receipt with one log. Thread-safe by locking.
 */
public final class FakeGroup
    implements GroupBackend, ChainQueries, TransactionPool, ContractCaller, ConsensusQueries {
  static final byte[] CONTRACT = Hex.decode("8c17cf316c1063ab6c89df875e96c9f0f5b2f744");
  static final byte[] EVENT_TOPIC = new byte[32];

  static {
    Arrays.fill(EVENT_TOPIC, (byte) 0xee);
  }

  private final int groupId;
  private final CryptoSuite suite;
  private final KeyPair sealerKey;
  private final List<Block> blocks = new ArrayList<>();
  private final List<byte[]> blockHashes = new ArrayList<>();
  private final Map<String, TransactionLocation> index = new HashMap<>();
  private final List<Transaction> pending = new ArrayList<>();
  private final List<CompletableFuture<TransactionOutcome>> outcomes = new ArrayList<>();
  public volatile boolean member = true;

  /**
   * Commit each admitted transaction at once, inside submit (outcome completed before the reply).
   */
  public volatile boolean instantCommit;

  FakeGroup(int groupId, CryptoSuite suite) {
    this.groupId = groupId;
    this.suite = suite;
    this.sealerKey = suite.generateKeyPair();
    append(List.of(), List.of());
    KeyPair sender = suite.generateKeyPair();
    List<Transaction> txs = List.of(transaction(sender, 1, 100), transaction(sender, 2, 100));
    append(txs, receiptsFor(txs));
  }

  public Transaction transaction(KeyPair sender, long nonce, long blockLimit) {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce))
        .gasPrice(BigInteger.valueOf(22_000_000_000L))
        .gas(BigInteger.valueOf(4_300_000))
        .blockLimit(blockLimit)
        .to(CONTRACT)
        .data(Hex.decode("4ed3885e"))
        .chainId(BigInteger.ONE)
        .groupId(BigInteger.valueOf(groupId))
        .sign(suite, sender);
  }

  private List<TransactionReceipt> receiptsFor(List<Transaction> txs) {
    List<TransactionReceipt> out = new ArrayList<>();
    for (int i = 0; i < txs.size(); i++) {
      LogEntry log = new LogEntry(CONTRACT, List.of(EVENT_TOPIC), new byte[] {(byte) i});
      out.add(
          new TransactionReceipt(
              new byte[32],
              BigInteger.valueOf(21_000 + i),
              new byte[20],
              LogBloom.of(List.of(log), suite.hashFunction()),
              0,
              new byte[0],
              Optional.of(BigInteger.valueOf(1_000_000)),
              List.of(log)));
    }
    return out;
  }

  private Block append(List<Transaction> txs, List<TransactionReceipt> receipts) {
    long number = blocks.size();
    byte[] parent = number == 0 ? new byte[32] : blockHashes.get((int) number - 1);
    Block draft =
        new Block(header(parent, new byte[32], new byte[32], number), txs, List.of(), receipts);
    BlockHeader h =
        header(
            parent, draft.computeTransactionsRoot(suite), draft.computeReceiptsRoot(suite), number);
    byte[] hash = h.hash(suite);
    List<SealerSignature> sigs =
        number == 0
            ? List.of()
            : List.of(new SealerSignature(BigInteger.ZERO, suite.sign(hash, sealerKey).toBytes()));
    Block block = new Block(h, txs, sigs, receipts);
    blocks.add(block);
    blockHashes.add(hash);
    for (int i = 0; i < txs.size(); i++) {
      index.put(Hex.encode(txs.get(i).hash(suite)), new TransactionLocation(number, i));
    }
    return block;
  }

  private BlockHeader header(byte[] parent, byte[] txRoot, byte[] receiptRoot, long number) {
    return new BlockHeader(
        parent,
        new byte[32],
        txRoot,
        receiptRoot,
        new byte[32],
        LogBloom.empty(),
        number,
        BigInteger.ZERO,
        BigInteger.ZERO,
        1_700_000_000_000L + number,
        List.of(),
        BigInteger.ZERO,
        number == 0 ? List.of() : List.of(sealerKey.publicKey()));
  }

  /** Commits every pending transaction in a new block; returns its number (or the current one). */
  public synchronized long seal() {
    if (pending.isEmpty()) {
      return blockNumber();
    }
    List<Transaction> txs = List.copyOf(pending);
    Block block = append(txs, receiptsFor(txs));
    byte[] hash = blockHashes.get(blockHashes.size() - 1);
    for (int i = 0; i < txs.size(); i++) {
      outcomes.get(i).complete(new TransactionOutcome.Committed(block, hash, i));
    }
    pending.clear();
    outcomes.clear();
    return block.header().number();
  }

  public synchronized Block block(long number) {
    return blocks.get((int) number);
  }

  String sealerId() {
    return sealerKey.publicKeyHex();
  }

  // ---------------------------------------------------------------- GroupBackend

  @Override
  public int groupId() {
    return groupId;
  }

  @Override
  public CryptoSuite cryptoSuite() {
    return suite;
  }

  @Override
  public boolean isMember() {
    return member;
  }

  @Override
  public ChainQueries chain() {
    return this;
  }

  @Override
  public TransactionPool transactionPool() {
    return this;
  }

  @Override
  public ContractCaller caller() {
    return this;
  }

  @Override
  public ConsensusQueries consensus() {
    return this;
  }

  @Override
  public synchronized SyncStatus syncStatus() {
    return new SyncStatus(
        false,
        65537,
        blockHashes.get(0),
        sealerId(),
        blockNumber(),
        blockHashes.get(blockHashes.size() - 1),
        blockNumber(),
        blockHashes.get(blockHashes.size() - 1),
        pending.size(),
        List.of());
  }

  // ---------------------------------------------------------------- ChainQueries

  @Override
  public synchronized long blockNumber() {
    return blocks.size() - 1;
  }

  @Override
  public synchronized Optional<Block> blockByNumber(long number) {
    return number >= 0 && number < blocks.size()
        ? Optional.of(blocks.get((int) number))
        : Optional.empty();
  }

  @Override
  public synchronized Optional<Block> blockByHash(byte[] hash) {
    for (int i = 0; i < blockHashes.size(); i++) {
      if (Arrays.equals(blockHashes.get(i), hash)) {
        return Optional.of(blocks.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized Optional<byte[]> blockHash(long number) {
    return number >= 0 && number < blocks.size()
        ? Optional.of(blockHashes.get((int) number).clone())
        : Optional.empty();
  }

  @Override
  public synchronized Optional<TransactionLocation> locateTransaction(byte[] txHash) {
    return Optional.ofNullable(index.get(Hex.encode(txHash)));
  }

  @Override
  public synchronized TransactionCount transactionCount() {
    return new TransactionCount(BigInteger.valueOf(index.size()), BigInteger.ZERO, blockNumber());
  }

  @Override
  public byte[] code(byte[] address) {
    return Arrays.equals(address, CONTRACT) ? Hex.decode("6080604052") : new byte[0];
  }

  @Override
  public Optional<String> systemConfig(String key) {
    return switch (key) {
      case "tx_count_limit" -> Optional.of("1000");
      case "tx_gas_limit" -> Optional.of("300000000");
      default -> Optional.empty();
    };
  }

  @Override
  public List<byte[]> sealers() {
    return List.of(sealerKey.publicKey());
  }

  @Override
  public List<byte[]> observers() {
    return List.of();
  }

  // ---------------------------------------------------------------- TransactionPool

  @Override
  public synchronized Admission submit(Transaction tx) {
    long current = blockNumber();
    long limit = tx.blockLimit().longValue();
    if (limit <= current || limit > current + 1000) {
      return new Admission.Rejected(ReceiptStatus.BLOCK_LIMIT_CHECK_FAIL);
    }
    for (Transaction p : pending) {
      if (Arrays.equals(p.hash(suite), tx.hash(suite))) {
        return new Admission.Rejected(ReceiptStatus.ALREADY_KNOWN);
      }
    }
    CompletableFuture<TransactionOutcome> outcome = new CompletableFuture<>();
    pending.add(tx);
    outcomes.add(outcome);
    if (instantCommit) {
      seal();
    }
    return new Admission.Accepted(outcome);
  }

  @Override
  public synchronized List<Transaction> pending() {
    return List.copyOf(pending);
  }

  @Override
  public synchronized int pendingCount() {
    return pending.size();
  }

  // ---------------------------------------------------------------- ContractCaller

  @Override
  public CallResult call(CallRequest request) {
    byte[] output = new byte[32];
    output[31] = (byte) request.data().length;
    return new CallResult(blockNumber(), 0, output);
  }

  // ---------------------------------------------------------------- ConsensusQueries

  @Override
  public OptionalLong pbftView() {
    return OptionalLong.of(7);
  }

  @Override
  public synchronized ConsensusStatus status() {
    return new ConsensusStatus(
        0,
        0,
        blockNumber(),
        blockNumber(),
        blockHashes.get(blockHashes.size() - 1),
        groupId,
        65537,
        true,
        false,
        true,
        true,
        sealerId(),
        List.of(sealerId()),
        0,
        Optional.of(
            new ConsensusStatus.Pbft(
                7, 7, false, List.of(new ConsensusStatus.NodeView(sealerId(), 7)))),
        Optional.empty());
  }

  @Override
  public List<String> groupPeers() {
    return List.of(sealerId());
  }
}
