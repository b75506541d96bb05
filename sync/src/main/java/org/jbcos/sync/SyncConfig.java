package org.jbcos.sync;

/**
 * Settings of {@link BlockSync}.
 *
 * @param statusIntervalMillis how often the status goes to every peer ({@code gossip_interval_ms})
 * @param maxBlocksPerRequest blocks asked in one ReqBlocks, and served at most per request (32)
 * @param maxOutstandingRequests ReqBlocks in flight at once (4)
 * @param requestTimeoutPerBlockMillis a request for n blocks times out after n times this (200)
 * @param maxQueuedBlocks downloaded blocks waiting for import, and how far past the head we ask
 * @param maxQueuedBytes their encoded bytes ({@code max_block_sync_memory_size})
 * @param maxServedBytes bytes of blocks in one answer; at least one block is always sent
 * @param badPeerIgnoreMillis how long a peer that sent a bad block is ignored
 */
public record SyncConfig(
    long statusIntervalMillis,
    int maxBlocksPerRequest,
    int maxOutstandingRequests,
    long requestTimeoutPerBlockMillis,
    int maxQueuedBlocks,
    long maxQueuedBytes,
    long maxServedBytes,
    long badPeerIgnoreMillis) {

  public SyncConfig {
    if (statusIntervalMillis < 1
        || maxBlocksPerRequest < 1
        || maxOutstandingRequests < 1
        || requestTimeoutPerBlockMillis < 1
        || maxQueuedBlocks < maxBlocksPerRequest
        || maxQueuedBytes < 1
        || maxServedBytes < 1
        || badPeerIgnoreMillis < 0) {
      throw new IllegalArgumentException("invalid sync settings: " + this);
    }
  }

  /** FISCO's defaults: 1 s status, 32 blocks × 4 requests, 200 ms per block, 512 MB queue. */
  public static SyncConfig defaults() {
    return new SyncConfig(1_000, 32, 4, 200, 512, 512L << 20, 16L << 20, 10_000);
  }

  public SyncConfig withStatusIntervalMillis(long millis) {
    return new SyncConfig(
        millis,
        maxBlocksPerRequest,
        maxOutstandingRequests,
        requestTimeoutPerBlockMillis,
        maxQueuedBlocks,
        maxQueuedBytes,
        maxServedBytes,
        badPeerIgnoreMillis);
  }

  public SyncConfig withQueueBounds(int blocks, long bytes) {
    return new SyncConfig(
        statusIntervalMillis,
        maxBlocksPerRequest,
        maxOutstandingRequests,
        requestTimeoutPerBlockMillis,
        blocks,
        bytes,
        maxServedBytes,
        badPeerIgnoreMillis);
  }
}
