package org.jbcos.consensus.pbft.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.consensus.pbft.BlockCommitter;
import org.jbcos.consensus.pbft.BlockExecutorPort;
import org.jbcos.consensus.pbft.BlockProposer;
import org.jbcos.consensus.pbft.ChainView;
import org.jbcos.consensus.pbft.ExecutionResult;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.ProposalSummary;
import org.jbcos.protocol.SealerSignature;

/**
 * One node's tiny chain: committed blocks of opaque tx ids, a FIFO pool, and execution as a
 * deterministic hash chain of the tx ids. Survives the node's crashes (it is the "disk").
 */
final class SimChain implements ChainView, BlockExecutorPort, BlockCommitter, BlockProposer {
  /** A committed block as stored: the executed block, its hash and its signature list. */
  record Committed(SimBlock block, byte[] hash, List<SealerSignature> sigList) {}

  interface CommitListener {
    void committed(SimChain chain, Committed block);
  }

  private final List<NodeId> sealers;
  private final UnaryOperator<byte[]> hash;
  private final int txCountLimit;
  private final List<Committed> blocks = new ArrayList<>();
  private final Set<Long> committedTxs = new HashSet<>();
  private final LinkedHashSet<Long> pool = new LinkedHashSet<>();
  private CommitListener listener = (c, b) -> {};

  SimChain(List<NodeId> sealers, UnaryOperator<byte[]> hash, int txCountLimit) {
    this.sealers = List.copyOf(sealers);
    this.hash = hash;
    this.txCountLimit = txCountLimit;
    SimBlock genesis = new SimBlock(0, new byte[32], 0, 0, List.of(), new byte[32]);
    blocks.add(new Committed(genesis, hash.apply(genesis.encode()), List.of()));
  }

  void onCommit(CommitListener l) {
    this.listener = l;
  }

  void submit(long tx) {
    if (!committedTxs.contains(tx)) {
      pool.add(tx);
    }
  }

  List<Committed> blocks() {
    return List.copyOf(blocks);
  }

  Committed block(long number) {
    return blocks.get((int) number);
  }

  // ---------------------------------------------------------------- ChainView

  @Override
  public long headNumber() {
    return blocks.size() - 1;
  }

  @Override
  public byte[] headHash() {
    return blocks.get(blocks.size() - 1).hash().clone();
  }

  @Override
  public List<NodeId> sealers() {
    return sealers;
  }

  @Override
  public long consensusTimeoutMillis() {
    return 3000;
  }

  @Override
  public int txCountLimit() {
    return txCountLimit;
  }

  // ---------------------------------------------------------------- proposer

  @Override
  public int pendingTransactions() {
    return pool.size();
  }

  @Override
  public byte[] propose(
      long number, byte[] parentHash, int maxTransactions, long timestamp, int sealerIndex) {
    List<Long> txs = pool.stream().limit(maxTransactions).toList();
    return new SimBlock(number, parentHash, timestamp, sealerIndex, txs, new byte[0]).encode();
  }

  // ---------------------------------------------------------------- executor

  @Override
  public Optional<ProposalSummary> inspect(byte[] encodedBlock) {
    SimBlock b;
    try {
      b = SimBlock.decode(encodedBlock);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(
        new ProposalSummary(b.number(), b.parentHash(), b.txs().size(), hash.apply(encodedBlock)));
  }

  @Override
  public Optional<ExecutionResult> execute(byte[] encodedBlock) {
    SimBlock b;
    try {
      b = SimBlock.decode(encodedBlock);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (b.number() != headNumber() + 1 || !Arrays.equals(b.parentHash(), headHash())) {
      return Optional.empty();
    }
    if (new HashSet<>(b.txs()).size() != b.txs().size()
        || b.txs().stream().anyMatch(committedTxs::contains)) {
      return Optional.empty();
    }
    byte[] root = stateRoot(blocks.get(blocks.size() - 1).block().stateRoot(), b.txs());
    if (b.stateRoot().length != 0 && !Arrays.equals(b.stateRoot(), root)) {
      return Optional.empty();
    }
    SimBlock executed = b.withStateRoot(root);
    byte[] encoded = executed.encode();
    return Optional.of(new ExecutionResult(hash.apply(encoded), encoded, executed));
  }

  private byte[] stateRoot(byte[] parentRoot, List<Long> txs) {
    List<byte[]> items = new ArrayList<>();
    items.add(Rlp.encodeBytes(parentRoot));
    for (long tx : txs) {
      items.add(Rlp.encodeLong(tx));
    }
    return hash.apply(Rlp.encodeList(items));
  }

  // ---------------------------------------------------------------- committer

  @Override
  public boolean commit(ExecutionResult result, List<SealerSignature> sigList) {
    SimBlock b = (SimBlock) result.handle();
    return append(new Committed(b, result.hash(), List.copyOf(sigList)));
  }

  /** Appends a block on the head (from consensus or sync); false when it does not connect. */
  boolean append(Committed c) {
    if (c.block().number() != headNumber() + 1
        || !Arrays.equals(c.block().parentHash(), headHash())) {
      return false;
    }
    blocks.add(c);
    committedTxs.addAll(c.block().txs());
    c.block().txs().forEach(pool::remove);
    listener.committed(this, c);
    return true;
  }
}
