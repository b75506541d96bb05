package org.jbcos.ledger;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.MerkleTree;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A group's chain of blocks, kept in the 2.9 system tables (node-design.md §4.3 and §4.5): the
 * genesis block, committing a block together with its state changes in one atomic storage commit,
 * and lookups by number, hash and transaction hash, with Merkle proofs.
 */
public final class Ledger {
  private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
  private static final String VALUE = "value";
  private static final String ENABLE_NUM = "enable_num";

  private final TableStorage storage;
  private final CryptoSuite suite;

  private Ledger(TableStorage storage, CryptoSuite suite) {
    this.storage = storage;
    this.suite = suite;
  }

  /**
   * Opens the ledger, writing the genesis block if the storage is empty; on a non-empty storage the
   * genesis mark is compared and a difference logged, as 2.x does.
   */
  public static Ledger open(TableStorage storage, CryptoSuite suite, GenesisConfig genesis) {
    Ledger ledger = new Ledger(storage, suite);
    if (storage.lastCommittedBlock() < 0) {
      ledger.writeGenesis(genesis);
    } else {
      ledger
          .blockByNumber(0)
          .map(b -> new String(b.header().extraData().get(0), StandardCharsets.UTF_8))
          .filter(mark -> !mark.equals(genesis.mark()))
          .ifPresent(
              mark ->
                  LOG.warn(
                      "group {}: genesis mark in storage '{}' differs from the genesis file '{}'",
                      genesis.groupId(),
                      mark,
                      genesis.mark()));
    }
    return ledger;
  }

  private void writeGenesis(GenesisConfig genesis) {
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), 0);
    Table config = system(tables, SystemTables.CONFIG);
    config.insert(
        SystemConfigKeys.TX_COUNT_LIMIT,
        Entry.of(VALUE, Long.toString(genesis.txCountLimit()), "enable_num", "0"));
    config.insert(
        SystemConfigKeys.TX_GAS_LIMIT,
        Entry.of(VALUE, Long.toString(genesis.txGasLimit()), "enable_num", "0"));
    config.insert(
        SystemConfigKeys.CONSENSUS_TIMEOUT,
        Entry.of(VALUE, Long.toString(genesis.consensusTimeout()), "enable_num", "0"));
    Table consensus = system(tables, SystemTables.CONSENSUS);
    for (String nodeId : genesis.sealers()) {
      consensus.insert("node", Entry.of("type", "sealer", "node_id", nodeId, "enable_num", "0"));
    }
    for (String nodeId : genesis.observers()) {
      consensus.insert("node", Entry.of("type", "observer", "node_id", nodeId, "enable_num", "0"));
    }
    BlockHeader header =
        new BlockHeader(
            new byte[32],
            new byte[32],
            MerkleTree.root(List.of(), suite.hashFunction()),
            MerkleTree.root(List.of(), suite.hashFunction()),
            new byte[32],
            LogBloom.empty(),
            0,
            BigInteger.ZERO,
            BigInteger.ZERO,
            genesis.timestamp(),
            List.of(genesis.mark().getBytes(StandardCharsets.UTF_8)),
            BigInteger.ZERO,
            List.of());
    writeBlockRows(tables, new Block(header, List.of(), List.of(), List.of()), 0);
    tables.commit();
    LOG.info(
        "group {}: genesis block {} written", genesis.groupId(), Hex.encode(header.hash(suite)));
  }

  private static Table system(BlockTableFactory tables, String name) {
    return tables
        .openTable(name)
        .orElseThrow(() -> new IllegalStateException("system table " + name + " is missing"));
  }

  /** The number of the highest committed block. */
  public long blockNumber() {
    return storage.lastCommittedBlock();
  }

  /**
   * Commits {@code block} — with its receipts and signatures — and the state changes in {@code
   * tables} (the tables its transactions were executed on) in one atomic storage write.
   *
   * @throws IllegalArgumentException if the block does not extend the current head
   */
  public synchronized void commit(Block block, BlockTableFactory tables) {
    long number = block.header().number();
    long head = blockNumber();
    if (number != head + 1 || tables.blockNumber() != number) {
      throw new IllegalArgumentException("block " + number + " does not follow the head " + head);
    }
    byte[] parent = headHash();
    if (!Arrays.equals(parent, block.header().parentHash())) {
      throw new IllegalArgumentException(
          "block "
              + number
              + " has parent "
              + Hex.encode(block.header().parentHash())
              + ", the head is "
              + Hex.encode(parent));
    }
    int failed = 0;
    for (TransactionReceipt r : block.receipts()) {
      if (r.status() != ReceiptStatus.NONE.code()) {
        failed++;
      }
    }
    writeBlockRows(tables, block, failed);
    tables.commit();
  }

  private void writeBlockRows(BlockTableFactory tables, Block block, int failedTransactions) {
    long number = block.header().number();
    String hash = Hex.encode(block.header().hash(suite));
    put(
        system(tables, SystemTables.HASH_2_BLOCK),
        hash,
        Entry.builder().set(VALUE, block.encode(suite)).build());
    put(system(tables, SystemTables.NUMBER_2_HASH), Long.toString(number), Entry.of(VALUE, hash));
    Table txIndex = system(tables, SystemTables.TX_HASH_2_BLOCK);
    List<byte[]> nonces = new ArrayList<>();
    for (int i = 0; i < block.transactions().size(); i++) {
      Transaction tx = block.transactions().get(i);
      put(
          txIndex,
          Hex.encode(tx.hash(suite)),
          Entry.of(VALUE, Long.toString(number), "index", Integer.toString(i)));
      nonces.add(Rlp.encodeUnsigned(tx.nonce()));
    }
    put(
        system(tables, SystemTables.BLOCK_2_NONCES),
        Long.toString(number),
        Entry.builder().set(VALUE, Rlp.encodeList(nonces)).build());
    List<byte[]> sigs = new ArrayList<>();
    block
        .signatures()
        .forEach(
            s ->
                sigs.add(
                    Rlp.encodeList(Rlp.encodeUnsigned(s.index()), Rlp.encodeBytes(s.signature()))));
    put(
        system(tables, SystemTables.HASH_2_HEADER),
        hash,
        Entry.builder()
            .set(VALUE, block.header().encode())
            .set("sigs", Rlp.encodeList(sigs))
            .build());
    Table state = system(tables, SystemTables.CURRENT_STATE);
    put(state, SystemTables.KEY_CURRENT_NUMBER, Entry.of(VALUE, Long.toString(number)));
    long total =
        currentState(tables, SystemTables.KEY_TOTAL_TRANSACTION_COUNT)
            + block.transactions().size();
    put(state, SystemTables.KEY_TOTAL_TRANSACTION_COUNT, Entry.of(VALUE, Long.toString(total)));
    long totalFailed =
        currentState(tables, SystemTables.KEY_TOTAL_FAILED_TRANSACTION_COUNT) + failedTransactions;
    put(
        state,
        SystemTables.KEY_TOTAL_FAILED_TRANSACTION_COUNT,
        Entry.of(VALUE, Long.toString(totalFailed)));
  }

  private static long currentState(BlockTableFactory tables, String key) {
    return system(tables, SystemTables.CURRENT_STATE).select(key, Condition.all()).stream()
        .findFirst()
        .flatMap(e -> e.get(VALUE))
        .map(Long::parseLong)
        .orElse(0L);
  }

  private static void put(Table table, String key, Entry entry) {
    if (table.update(key, entry, Condition.all()) == 0) {
      table.insert(key, entry);
    }
  }

  // ---------------------------------------------------------------- lookups

  private Optional<Entry> read(String table, String key) {
    BlockTableFactory view =
        new BlockTableFactory(storage, suite.hashFunction(), blockNumber() + 1);
    return system(view, table).select(key, Condition.all()).stream().findFirst();
  }

  private byte[] headHash() {
    return blockHash(blockNumber()).orElse(new byte[32]);
  }

  public Optional<byte[]> blockHash(long number) {
    return read(SystemTables.NUMBER_2_HASH, Long.toString(number))
        .flatMap(e -> e.get(VALUE))
        .map(Hex::decode);
  }

  public Optional<Block> blockByHash(byte[] hash) {
    return read(SystemTables.HASH_2_BLOCK, Hex.encode(hash))
        .flatMap(e -> e.bytes(VALUE))
        .map(b -> Block.decode(b, suite));
  }

  public Optional<Block> blockByNumber(long number) {
    return blockHash(number).flatMap(this::blockByHash);
  }

  public Optional<TxLocation> transactionLocation(byte[] txHash) {
    return read(SystemTables.TX_HASH_2_BLOCK, Hex.encode(txHash))
        .map(
            e ->
                new TxLocation(
                    Long.parseLong(e.getOrEmpty(VALUE)), Integer.parseInt(e.getOrEmpty("index"))));
  }

  public Optional<Transaction> transaction(byte[] txHash) {
    return transactionLocation(txHash)
        .flatMap(
            loc -> blockByNumber(loc.blockNumber()).map(b -> b.transactions().get(loc.index())));
  }

  public Optional<TransactionReceipt> receipt(byte[] txHash) {
    return transactionLocation(txHash)
        .flatMap(loc -> blockByNumber(loc.blockNumber()).map(b -> b.receipts().get(loc.index())));
  }

  public long totalTransactionCount() {
    return read(SystemTables.CURRENT_STATE, SystemTables.KEY_TOTAL_TRANSACTION_COUNT)
        .flatMap(e -> e.get(VALUE))
        .map(Long::parseLong)
        .orElse(0L);
  }

  public long totalFailedTransactionCount() {
    return read(SystemTables.CURRENT_STATE, SystemTables.KEY_TOTAL_FAILED_TRANSACTION_COUNT)
        .flatMap(e -> e.get(VALUE))
        .map(Long::parseLong)
        .orElse(0L);
  }

  /**
   * A {@code _sys_config_} value in force for the next block (head + 1), e.g. {@link
   * SystemConfigKeys#TX_COUNT_LIMIT}: a value set in block N has {@code enable_num} N + 1 and is
   * returned once block N is committed; a row not yet enabled reads as absent.
   */
  public Optional<String> systemConfig(String key) {
    long next = blockNumber() + 1;
    return read(SystemTables.CONFIG, key)
        .filter(e -> enableNum(e) <= next)
        .flatMap(e -> e.get(VALUE));
  }

  /**
   * Node ids of the sealers, sorted (the order of the header's sealer list, which gives every
   * sealer its index), in force for the next block.
   */
  public List<String> sealers() {
    return members("sealer");
  }

  /** Node ids of the observers in force for the next block, sorted. */
  public List<String> observers() {
    return members("observer");
  }

  private List<String> members(String type) {
    long next = blockNumber() + 1;
    BlockTableFactory view = new BlockTableFactory(storage, suite.hashFunction(), next);
    return system(view, SystemTables.CONSENSUS)
        .select("node", Condition.all().eq("type", type).le(ENABLE_NUM, next))
        .stream()
        .map(e -> e.getOrEmpty("node_id"))
        .sorted()
        .toList();
  }

  /** A row's {@code enable_num}; 0 when missing or not a number (always in force). */
  private static long enableNum(Entry e) {
    try {
      return e.get(ENABLE_NUM).map(Long::parseLong).orElse(0L);
    } catch (NumberFormatException ex) {
      return 0L;
    }
  }

  /** The Merkle proof of a committed transaction against its block's transactionsRoot. */
  public Optional<List<MerkleTree.ProofLevel>> transactionProof(byte[] txHash) {
    return transactionLocation(txHash)
        .flatMap(
            loc ->
                blockByNumber(loc.blockNumber())
                    .map(
                        b ->
                            MerkleTree.proof(
                                b.transactions().stream().map(t -> t.hash(suite)).toList(),
                                loc.index(),
                                suite.hashFunction())));
  }

  /** The Merkle proof of a committed transaction's receipt against its block's receiptsRoot. */
  public Optional<List<MerkleTree.ProofLevel>> receiptProof(byte[] txHash) {
    return transactionLocation(txHash)
        .flatMap(
            loc ->
                blockByNumber(loc.blockNumber())
                    .map(
                        b ->
                            MerkleTree.proof(
                                b.receipts().stream().map(r -> r.hash(suite)).toList(),
                                loc.index(),
                                suite.hashFunction())));
  }
}
