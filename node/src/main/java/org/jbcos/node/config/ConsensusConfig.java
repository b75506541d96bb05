package org.jbcos.node.config;

/**
 * {@code group.N.ini [consensus]}: tuning of the sealer and PBFT that may change on restart.
 *
 * @param ttl {@code ttl}, default 2: hops a PBFT message is forwarded
 * @param minBlockGenerationTime {@code min_block_generation_time} in ms, default 500: how long the
 *     sealer waits for more transactions before sealing a block that is not full; at most {@code
 *     consensus_timeout}
 * @param enableDynamicBlockSize {@code enable_dynamic_block_size}, default true
 * @param blockSizeIncreaseRatio {@code block_size_increase_ratio}, default 0.5, 0 to 2
 * @param enableTtlOptimization {@code enable_ttl_optimization}, default true
 * @param enablePrepareWithTxsHash {@code enable_prepare_with_txsHash}, default true
 * @param broadcastPrepareByTree {@code broadcast_prepare_by_tree} (rPBFT), default true
 * @param prepareStatusBroadcastPercent {@code prepare_status_broadcast_percent}, default 33, 25 to
 *     100
 * @param maxRequestMissedTxsWaitTime {@code max_request_missedTxs_waitTime} in ms, default 100, 5
 *     to 1000
 * @param maxRequestPrepareWaitTime {@code max_request_prepare_waitTime} in ms, default 100, 10 to
 *     1000
 */
public record ConsensusConfig(
    int ttl,
    int minBlockGenerationTime,
    boolean enableDynamicBlockSize,
    double blockSizeIncreaseRatio,
    boolean enableTtlOptimization,
    boolean enablePrepareWithTxsHash,
    boolean broadcastPrepareByTree,
    int prepareStatusBroadcastPercent,
    int maxRequestMissedTxsWaitTime,
    int maxRequestPrepareWaitTime) {
  static final String SECTION = "consensus";
  private static final String TTL = "ttl";
  static final String MIN_BLOCK_GENERATION_TIME = "min_block_generation_time";
  private static final String ENABLE_DYNAMIC_BLOCK_SIZE = "enable_dynamic_block_size";
  private static final String BLOCK_SIZE_INCREASE_RATIO = "block_size_increase_ratio";
  private static final String ENABLE_TTL_OPTIMIZATION = "enable_ttl_optimization";
  private static final String ENABLE_PREPARE_WITH_TXS_HASH = "enable_prepare_with_txsHash";
  private static final String BROADCAST_PREPARE_BY_TREE = "broadcast_prepare_by_tree";
  private static final String PREPARE_STATUS_BROADCAST_PERCENT = "prepare_status_broadcast_percent";
  private static final String MAX_REQUEST_MISSED_TXS_WAIT_TIME = "max_request_missedTxs_waitTime";
  private static final String MAX_REQUEST_PREPARE_WAIT_TIME = "max_request_prepare_waitTime";

  private static final int DEFAULT_TTL = 2;
  private static final int DEFAULT_MIN_BLOCK_GENERATION_TIME = 500;
  private static final double DEFAULT_RATIO = 0.5;
  private static final int DEFAULT_PERCENT = 33;
  private static final int DEFAULT_WAIT = 100;

  public static ConsensusConfig defaults() {
    return new ConsensusConfig(
        DEFAULT_TTL,
        DEFAULT_MIN_BLOCK_GENERATION_TIME,
        true,
        DEFAULT_RATIO,
        true,
        true,
        true,
        DEFAULT_PERCENT,
        DEFAULT_WAIT,
        DEFAULT_WAIT);
  }

  static ConsensusConfig read(SectionReader r) {
    return new ConsensusConfig(
        r.integer(TTL, DEFAULT_TTL, 1, Integer.MAX_VALUE),
        r.integer(
            MIN_BLOCK_GENERATION_TIME, DEFAULT_MIN_BLOCK_GENERATION_TIME, 0, Integer.MAX_VALUE),
        r.bool(ENABLE_DYNAMIC_BLOCK_SIZE, true),
        r.decimal(BLOCK_SIZE_INCREASE_RATIO, DEFAULT_RATIO, 0, 2),
        r.bool(ENABLE_TTL_OPTIMIZATION, true),
        r.bool(ENABLE_PREPARE_WITH_TXS_HASH, true),
        r.bool(BROADCAST_PREPARE_BY_TREE, true),
        r.integer(PREPARE_STATUS_BROADCAST_PERCENT, DEFAULT_PERCENT, 25, 100),
        r.integer(MAX_REQUEST_MISSED_TXS_WAIT_TIME, DEFAULT_WAIT, 5, 1000),
        r.integer(MAX_REQUEST_PREPARE_WAIT_TIME, DEFAULT_WAIT, 10, 1000));
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .comment("the ttl for broadcasting pbft message")
        .entry(TTL, ttl)
        .comment("min block generation time(ms)")
        .entry(MIN_BLOCK_GENERATION_TIME, minBlockGenerationTime)
        .entry(ENABLE_DYNAMIC_BLOCK_SIZE, enableDynamicBlockSize)
        .entry(BLOCK_SIZE_INCREASE_RATIO, Decimals.text(blockSizeIncreaseRatio))
        .entry(ENABLE_TTL_OPTIMIZATION, enableTtlOptimization)
        .entry(ENABLE_PREPARE_WITH_TXS_HASH, enablePrepareWithTxsHash)
        .comment("The following is the relevant configuration of rpbft")
        .comment("set true to enable broadcast prepare request by tree")
        .entry(BROADCAST_PREPARE_BY_TREE, broadcastPrepareByTree)
        .comment("percent of nodes that broadcast prepare status to, must be between 25 and 100")
        .entry(PREPARE_STATUS_BROADCAST_PERCENT, prepareStatusBroadcastPercent)
        .comment("max wait time before request missed transactions, ms, between 5ms and 1000ms")
        .entry(MAX_REQUEST_MISSED_TXS_WAIT_TIME, maxRequestMissedTxsWaitTime)
        .comment("maximum wait time before requesting a prepare, ms, between 10ms and 1000ms")
        .entry(MAX_REQUEST_PREPARE_WAIT_TIME, maxRequestPrepareWaitTime);
  }
}
