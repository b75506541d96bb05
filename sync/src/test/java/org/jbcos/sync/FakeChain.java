package org.jbcos.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.protocol.Block;

/** A chain in memory that serves its blocks and appends imported ones after minimal checks. */
final class FakeChain implements SyncChain, BlockImporter {
  private final List<Block> blocks = new ArrayList<>();
  private final List<byte[]> encoded = new ArrayList<>();
  private final List<byte[]> hashes = new ArrayList<>();
  int imports;
  long transactionCountLimit = 1000;

  /** The first {@code head + 1} blocks of {@code source}. */
  FakeChain(List<Block> source, int head) {
    for (Block b : source.subList(0, head + 1)) {
      append(b);
    }
  }

  private void append(Block b) {
    blocks.add(b);
    encoded.add(b.encode(TestChains.SUITE));
    hashes.add(b.header().hash(TestChains.SUITE));
  }

  /** Consensus committed a block (the test must call {@link BlockSync#onNewHead}). */
  void commit(Block b) {
    append(b);
  }

  Block block(long n) {
    return blocks.get((int) n);
  }

  @Override
  public long headNumber() {
    return blocks.size() - 1;
  }

  @Override
  public byte[] headHash() {
    return hashes.get(hashes.size() - 1).clone();
  }

  @Override
  public byte[] genesisHash() {
    return hashes.get(0).clone();
  }

  @Override
  public Optional<byte[]> encodedBlock(long number) {
    return number >= 0 && number < encoded.size()
        ? Optional.of(encoded.get((int) number))
        : Optional.empty();
  }

  @Override
  public List<NodeId> sealers() {
    return TestChains.SEALERS;
  }

  @Override
  public long transactionCountLimit() {
    return transactionCountLimit;
  }

  @Override
  public ImportResult importBlock(Block block) {
    if (block.header().number() != headNumber() + 1
        || !Arrays.equals(block.header().parentHash(), headHash())) {
      return ImportResult.rejected("does not follow the head");
    }
    imports++;
    append(block);
    return ImportResult.success();
  }
}
