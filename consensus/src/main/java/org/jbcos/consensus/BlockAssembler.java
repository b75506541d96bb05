package org.jbcos.consensus;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.executor.ExecutedBlock;
import org.jbcos.executor.ExecutionContext;
import org.jbcos.ledger.Ledger;
import org.jbcos.ledger.SystemConfigKeys;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.Transaction;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.TableStorage;

/**
 * Builds the block a leader proposes (transactions, parent, timestamp, sealer; roots of state and
 * receipts still zero) and executes a proposed block on top of the head into the block every sealer
 * signs. Execution is deterministic: the same proposal gives the same header hash on every node.
 */
public final class BlockAssembler {
  private static final byte[] ZERO32 = new byte[32];

  private final CryptoSuite suite;
  private final TableStorage storage;
  private final Ledger ledger;
  private final BlockExecutor executor;
  private final Object chainLock = new Object();

  public BlockAssembler(
      CryptoSuite suite, TableStorage storage, Ledger ledger, BlockExecutor executor) {
    this.suite = suite;
    this.storage = storage;
    this.ledger = ledger;
    this.executor = executor;
  }

  /**
   * Held while a block of this group is executed or committed: an execution must not read the state
   * while another thread (PBFT or sync) writes the next block, or it would see a mix of two states.
   */
  public Object chainLock() {
    return chainLock;
  }

  /** The executed block (no signatures yet) and the tables holding its state changes. */
  public record Executed(Block block, BlockTableFactory tables) {}

  /** The unexecuted block a leader proposes. */
  public Block propose(
      long number,
      byte[] parentHash,
      List<Transaction> txs,
      long timestamp,
      int sealerIndex,
      List<String> sealers) {
    Block body =
        new Block(
            header(number, parentHash, timestamp, sealerIndex, sealers, ZERO32),
            txs,
            List.of(),
            List.of());
    return new Block(
        header(
            number,
            parentHash,
            timestamp,
            sealerIndex,
            sealers,
            body.computeTransactionsRoot(suite)),
        txs,
        List.of(),
        List.of());
  }

  /**
   * Executes {@code proposed} on a fresh view of the next block; its header keeps the proposer's
   * parent, number, timestamp, sealer and sealer list and gets the roots, bloom and gas used.
   */
  public Executed execute(Block proposed) {
    BlockHeader p = proposed.header();
    long number = p.number();
    BlockTableFactory tables = new BlockTableFactory(storage, suite.hashFunction(), number);
    long txGasLimit =
        ledger
            .systemConfig(SystemConfigKeys.TX_GAS_LIMIT)
            .map(Long::parseLong)
            .orElse(300_000_000L);
    ExecutedBlock executed =
        executor.execute(
            tables,
            new ExecutionContext(suite, number, p.timestamp(), sealerAddress(p), txGasLimit),
            proposed.transactions());
    Block withReceipts =
        new Block(proposed.header(), proposed.transactions(), List.of(), executed.receipts());
    BlockHeader header =
        new BlockHeader(
            p.parentHash(),
            executed.stateRoot(),
            withReceipts.computeTransactionsRoot(suite),
            withReceipts.computeReceiptsRoot(suite),
            executed.stateRoot(),
            executed.bloom(),
            number,
            BigInteger.ZERO,
            executed.gasUsed(),
            p.timestamp(),
            List.of(),
            p.sealer(),
            p.sealerList());
    return new Executed(
        new Block(header, proposed.transactions(), List.of(), executed.receipts()), tables);
  }

  private Address sealerAddress(BlockHeader header) {
    BigInteger index = header.sealer();
    List<byte[]> sealers = header.sealerList();
    if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(sealers.size())) >= 0) {
      return Address.ZERO;
    }
    return Address.wrap(suite.address(sealers.get(index.intValueExact())));
  }

  private static BlockHeader header(
      long number,
      byte[] parentHash,
      long timestamp,
      int sealerIndex,
      List<String> sealers,
      byte[] transactionsRoot) {
    return new BlockHeader(
        parentHash,
        ZERO32,
        transactionsRoot,
        ZERO32,
        ZERO32,
        LogBloom.empty(),
        number,
        BigInteger.ZERO,
        BigInteger.ZERO,
        timestamp,
        List.of(),
        BigInteger.valueOf(sealerIndex),
        sealers.stream().map(Hex::decode).toList());
  }
}
