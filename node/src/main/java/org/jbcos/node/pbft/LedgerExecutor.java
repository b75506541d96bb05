package org.jbcos.node.pbft;

import java.util.Arrays;
import java.util.Optional;
import org.jbcos.consensus.BlockAssembler;
import org.jbcos.consensus.pbft.BlockExecutorPort;
import org.jbcos.consensus.pbft.ExecutionResult;
import org.jbcos.consensus.pbft.ProposalSummary;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.ledger.Ledger;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.txpool.TxPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes and executes proposed blocks on top of the ledger's head. A proposal that does not
 * decode, does not extend the head or lists other sealers than the ledger is refused (empty
 * result). Called on the PBFT thread only.
 */
final class LedgerExecutor implements BlockExecutorPort {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerExecutor.class);

  private final int groupId;
  private final CryptoSuite suite;
  private final Ledger ledger;
  private final BlockAssembler assembler;
  private final TxPool pool;

  /** The last proposal decoded: PBFT inspects a prepare, then executes the same bytes. */
  private byte[] lastEncoded;

  private Block lastDecoded;

  LedgerExecutor(
      int groupId, CryptoSuite suite, Ledger ledger, BlockAssembler assembler, TxPool pool) {
    this.groupId = groupId;
    this.suite = suite;
    this.ledger = ledger;
    this.assembler = assembler;
    this.pool = pool;
  }

  @Override
  public Optional<ProposalSummary> inspect(byte[] encodedBlock) {
    return decode(encodedBlock)
        .map(
            b ->
                new ProposalSummary(
                    b.header().number(),
                    b.header().parentHash(),
                    b.transactions().size(),
                    b.header().hash(suite)));
  }

  @Override
  public Optional<ExecutionResult> execute(byte[] encodedBlock) {
    Optional<Block> decoded = decode(encodedBlock);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    synchronized (assembler.chainLock()) {
      return executeOnHead(decoded.get());
    }
  }

  private Optional<ExecutionResult> executeOnHead(Block proposed) {
    BlockHeader h = proposed.header();
    long head = ledger.blockNumber();
    if (h.number() != head + 1
        || !Arrays.equals(h.parentHash(), ledger.blockHash(head).orElseThrow())) {
      LOG.warn(
          "group {}: proposal {} does not extend the head {}; not executed",
          groupId,
          h.number(),
          head);
      return Optional.empty();
    }
    if (!sealerListMatches(h)) {
      LOG.warn("group {}: proposal {} lists other sealers than the ledger", groupId, h.number());
      return Optional.empty();
    }
    BlockAssembler.Executed executed = assembler.execute(proposed);
    Block block = executed.block();
    return Optional.of(
        new ExecutionResult(block.header().hash(suite), block.encode(suite), executed));
  }

  private boolean sealerListMatches(BlockHeader h) {
    var sealers = ledger.sealers();
    if (sealers.size() != h.sealerList().size()) {
      return false;
    }
    for (int i = 0; i < sealers.size(); i++) {
      if (!sealers.get(i).equalsIgnoreCase(Hex.encode(h.sealerList().get(i)))) {
        return false;
      }
    }
    return true;
  }

  private Optional<Block> decode(byte[] encoded) {
    if (lastEncoded != null && Arrays.equals(encoded, lastEncoded)) {
      return Optional.of(lastDecoded);
    }
    try {
      Block block = pool.preferPooled(Block.decode(encoded, suite));
      lastEncoded = encoded.clone();
      lastDecoded = block;
      return Optional.of(block);
    } catch (RuntimeException e) {
      LOG.warn("group {}: undecodable proposal: {}", groupId, e.getMessage());
      return Optional.empty();
    }
  }
}
