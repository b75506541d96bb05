package org.jbcos.sync;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jbcos.network.NodeId;
import org.jbcos.protocol.Block;

/**
 * Downloaded blocks by height, waiting until they connect to the head. Bounded by a count and by
 * encoded bytes; the first block to arrive for a height is kept.
 */
final class DownloadQueue {
  /** A block with the peer it came from. */
  record QueuedBlock(Block block, NodeId from, int encodedSize) {
    long number() {
      return block.header().number();
    }
  }

  private final TreeMap<Long, QueuedBlock> blocks = new TreeMap<>();
  private final int maxBlocks;
  private final long maxBytes;
  private long bytes;

  DownloadQueue(int maxBlocks, long maxBytes) {
    this.maxBlocks = maxBlocks;
    this.maxBytes = maxBytes;
  }

  /**
   * Adds a block unless its height is taken or the queue is full. The block right after the head is
   * always taken: it makes room by evicting the highest blocks.
   *
   * @return false if the block was not kept
   */
  boolean offer(QueuedBlock b, long headNumber) {
    if (b.number() <= headNumber || blocks.containsKey(b.number())) {
      return false;
    }
    boolean next = b.number() == headNumber + 1;
    while (next && !blocks.isEmpty() && !fits(b)) {
      remove(blocks.lastKey());
    }
    if (!next && !fits(b)) {
      return false;
    }
    blocks.put(b.number(), b);
    bytes += b.encodedSize();
    return true;
  }

  private boolean fits(QueuedBlock b) {
    return blocks.size() < maxBlocks && bytes + b.encodedSize() <= maxBytes;
  }

  boolean contains(long number) {
    return blocks.containsKey(number);
  }

  boolean isFull() {
    return blocks.size() >= maxBlocks || bytes >= maxBytes;
  }

  /** Removes and returns the block {@code number}, if queued. */
  Optional<QueuedBlock> take(long number) {
    return Optional.ofNullable(remove(number));
  }

  /** Drops the blocks at or below the head (committed meanwhile, e.g. by consensus). */
  void dropUpTo(long headNumber) {
    while (!blocks.isEmpty() && blocks.firstKey() <= headNumber) {
      remove(blocks.firstKey());
    }
  }

  /** Drops every block that came from {@code peer}; returns how many. */
  int dropFrom(NodeId peer) {
    int dropped = 0;
    Iterator<Map.Entry<Long, QueuedBlock>> it = blocks.entrySet().iterator();
    while (it.hasNext()) {
      QueuedBlock b = it.next().getValue();
      if (b.from().equals(peer)) {
        bytes -= b.encodedSize();
        it.remove();
        dropped++;
      }
    }
    return dropped;
  }

  int size() {
    return blocks.size();
  }

  long bytes() {
    return bytes;
  }

  private QueuedBlock remove(long number) {
    QueuedBlock b = blocks.remove(number);
    if (b != null) {
      bytes -= b.encodedSize();
    }
    return b;
  }
}
