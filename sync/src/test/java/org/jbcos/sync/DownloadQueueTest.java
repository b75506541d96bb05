package org.jbcos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.jbcos.network.NodeId;
import org.jbcos.sync.DownloadQueue.QueuedBlock;
import org.junit.jupiter.api.Test;

class DownloadQueueTest {
  private static final NodeId A = TestChains.networkId(TestChains.keys(2, 970).get(0));
  private static final NodeId B = TestChains.networkId(TestChains.keys(2, 970).get(1));

  private static QueuedBlock q(int n, NodeId from, int size) {
    return new QueuedBlock(TestChains.HONEST.get(n), from, size);
  }

  @Test
  void boundedByCountAndBytesButAlwaysTakesTheNextBlock() {
    DownloadQueue queue = new DownloadQueue(3, 1000);
    assertThat(queue.offer(q(2, A, 100), 0)).isTrue();
    assertThat(queue.offer(q(3, A, 100), 0)).isTrue();
    assertThat(queue.offer(q(4, A, 801), 0)).as("over the byte bound").isFalse();
    assertThat(queue.offer(q(4, A, 100), 0)).isTrue();
    assertThat(queue.offer(q(5, A, 100), 0)).as("over the count bound").isFalse();
    assertThat(queue.isFull()).isTrue();

    assertThat(queue.offer(q(1, B, 100), 0)).as("the next block evicts the highest").isTrue();
    assertThat(queue.contains(4)).isFalse();
    assertThat(queue.size()).isEqualTo(3);
    assertThat(queue.bytes()).isEqualTo(300);
  }

  @Test
  void keepsTheFirstBlockPerHeightAndDropsStaleOnes() {
    DownloadQueue queue = new DownloadQueue(10, 10_000);
    assertThat(queue.offer(q(1, A, 10), 1)).as("not above the head").isFalse();
    assertThat(queue.offer(q(2, A, 10), 1)).isTrue();
    assertThat(queue.offer(q(2, B, 10), 1)).isFalse();
    queue.offer(q(3, B, 10), 1);
    queue.offer(q(4, A, 10), 1);

    assertThat(queue.dropFrom(A)).isEqualTo(2);
    assertThat(queue.take(3)).map(QueuedBlock::from).contains(B);
    queue.offer(q(5, B, 10), 1);
    queue.dropUpTo(5);
    assertThat(queue.size()).isZero();
    assertThat(queue.bytes()).isZero();
  }
}
