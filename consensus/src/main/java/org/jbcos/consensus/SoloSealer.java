package org.jbcos.consensus;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.ledger.Ledger;
import org.jbcos.ledger.SystemConfigKeys;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.SealerSignature;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.TableStorage;
import org.jbcos.txpool.TxPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sealer of a one-node group (before PBFT): seals a block when the pool holds a full block, or
 * holds transactions and {@code min_block_generation_time} has passed since the last block; never
 * seals an empty block. The block is executed, signed by the node and committed through the ledger
 * in one storage write. Call {@link #tick()} from one thread.
 */
public final class SoloSealer {
  private static final Logger LOG = LoggerFactory.getLogger(SoloSealer.class);

  private final CryptoSuite suite;
  private final KeyPair nodeKey;
  private final Ledger ledger;
  private final TxPool pool;
  private final BlockAssembler assembler;
  private final long minBlockIntervalMillis;
  private final LongSupplier clock;
  private final List<BlockListener> listeners = new CopyOnWriteArrayList<>();
  private long lastSealMillis;

  public SoloSealer(
      CryptoSuite suite,
      KeyPair nodeKey,
      TableStorage storage,
      Ledger ledger,
      TxPool pool,
      GasSchedule schedule,
      long minBlockIntervalMillis,
      LongSupplier clockMillis) {
    this(
        suite,
        nodeKey,
        storage,
        ledger,
        pool,
        new BlockExecutor(suite, schedule),
        minBlockIntervalMillis,
        clockMillis);
  }

  /** A sealer whose blocks {@code executor} executes (serial or DAG-parallel). */
  public SoloSealer(
      CryptoSuite suite,
      KeyPair nodeKey,
      TableStorage storage,
      Ledger ledger,
      TxPool pool,
      BlockExecutor executor,
      long minBlockIntervalMillis,
      LongSupplier clockMillis) {
    this.suite = suite;
    this.nodeKey = nodeKey;
    this.ledger = ledger;
    this.pool = pool;
    this.assembler = new BlockAssembler(suite, storage, ledger, executor);
    this.minBlockIntervalMillis = minBlockIntervalMillis;
    this.clock = clockMillis;
    this.lastSealMillis = clockMillis.getAsLong();
  }

  public void addListener(BlockListener listener) {
    listeners.add(listener);
  }

  private long config(String key, long fallback) {
    return ledger.systemConfig(key).map(Long::parseLong).orElse(fallback);
  }

  /** Seals one block if it is time; returns the committed block, if any. */
  public java.util.Optional<Block> tick() {
    long txCountLimit = config(SystemConfigKeys.TX_COUNT_LIMIT, 1000);
    int pending = pool.size();
    long now = clock.getAsLong();
    if (pending == 0 || (pending < txCountLimit && now - lastSealMillis < minBlockIntervalMillis)) {
      return java.util.Optional.empty();
    }
    List<Transaction> txs = pool.take((int) txCountLimit);
    if (txs.isEmpty()) {
      return java.util.Optional.empty();
    }
    Block block = seal(txs, Math.max(now, lastSealMillis + 1));
    lastSealMillis = now;
    for (BlockListener l : listeners) {
      try {
        l.onBlockCommitted(block);
      } catch (RuntimeException e) {
        LOG.warn("block listener {} failed: {}", l, e.toString());
      }
    }
    return java.util.Optional.of(block);
  }

  private Block seal(List<Transaction> txs, long timestamp) {
    long number = ledger.blockNumber() + 1;
    List<String> sealers = ledger.sealers();
    int index = sealers.indexOf(nodeKey.publicKeyHex());
    if (index < 0) {
      throw new IllegalStateException(
          "this node (" + nodeKey.publicKeyHex() + ") is not a sealer of the group");
    }
    Block proposed =
        assembler.propose(
            number, ledger.blockHash(number - 1).orElseThrow(), txs, timestamp, index, sealers);
    BlockAssembler.Executed executed = assembler.execute(proposed);
    BlockHeader header = executed.block().header();
    byte[] signature = suite.sign(header.hash(suite), nodeKey).toBytes();
    Block block =
        new Block(
            header,
            txs,
            List.of(new SealerSignature(BigInteger.valueOf(index), signature)),
            executed.block().receipts());
    ledger.commit(block, executed.tables());
    LOG.info(
        "committed block {} hash {} with {} transactions",
        number,
        Hex.encode(header.hash(suite)),
        txs.size());
    return block;
  }
}
