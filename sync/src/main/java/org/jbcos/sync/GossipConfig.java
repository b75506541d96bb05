package org.jbcos.sync;

/**
 * Settings of {@link TransactionGossip}.
 *
 * @param flushIntervalMillis how often pending client transactions are sent (10)
 * @param maxBatchTransactions transactions per packet; a full batch is sent at once (1000)
 * @param maxBatchBytes bytes of transactions per packet (4 MB)
 * @param maxReceivedTransactions a received packet with more is dropped as malformed (10000)
 * @param recentCapacity hashes of recently received transactions kept to drop duplicates
 */
public record GossipConfig(
    long flushIntervalMillis,
    int maxBatchTransactions,
    int maxBatchBytes,
    int maxReceivedTransactions,
    int recentCapacity) {

  public GossipConfig {
    if (flushIntervalMillis < 1
        || maxBatchTransactions < 1
        || maxBatchBytes < 1
        || maxReceivedTransactions < maxBatchTransactions
        || recentCapacity < 0) {
      throw new IllegalArgumentException("invalid gossip settings: " + this);
    }
  }

  public static GossipConfig defaults() {
    return new GossipConfig(10, 1000, 4 << 20, 10_000, 100_000);
  }
}
