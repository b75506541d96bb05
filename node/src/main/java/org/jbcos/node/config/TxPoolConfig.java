package org.jbcos.node.config;

/**
 * {@code group.N.ini [tx_pool]}: the bounds of the group's pending transactions.
 *
 * @param limit {@code limit}, default 102400 (FISCO's code; build-chain writes 150000)
 * @param memoryLimitMb {@code memory_limit} in MB, default 512
 * @param notifyWorkerNum {@code notify_worker_num}, default 2: receipt notification threads
 * @param txsExpirationTimeSeconds {@code txs_expiration_time} in seconds, default 600
 */
public record TxPoolConfig(
    int limit, int memoryLimitMb, int notifyWorkerNum, int txsExpirationTimeSeconds) {
  static final String SECTION = "tx_pool";
  private static final String LIMIT = "limit";
  private static final String MEMORY_LIMIT = "memory_limit";
  private static final String NOTIFY_WORKER_NUM = "notify_worker_num";
  private static final String TXS_EXPIRATION_TIME = "txs_expiration_time";

  public static final int DEFAULT_LIMIT = 102400;

  /** What build_chain.sh writes for {@code limit}. */
  public static final int BUILD_CHAIN_LIMIT = 150000;

  private static final int DEFAULT_MEMORY_LIMIT = 512;
  private static final int DEFAULT_NOTIFY_WORKERS = 2;
  private static final int DEFAULT_EXPIRATION = 600;

  public static TxPoolConfig withLimit(int limit) {
    return new TxPoolConfig(
        limit, DEFAULT_MEMORY_LIMIT, DEFAULT_NOTIFY_WORKERS, DEFAULT_EXPIRATION);
  }

  static TxPoolConfig read(SectionReader r) {
    return new TxPoolConfig(
        r.integer(LIMIT, DEFAULT_LIMIT, 1, Integer.MAX_VALUE),
        r.integer(MEMORY_LIMIT, DEFAULT_MEMORY_LIMIT, 1, Integer.MAX_VALUE),
        r.integer(NOTIFY_WORKER_NUM, DEFAULT_NOTIFY_WORKERS, 1, 1024),
        r.integer(TXS_EXPIRATION_TIME, DEFAULT_EXPIRATION, 1, Integer.MAX_VALUE));
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .entry(LIMIT, limit)
        .comment("transaction pool memory size limit, MB")
        .entry(MEMORY_LIMIT, memoryLimitMb)
        .comment("number of threads responsible for transaction notification,")
        .comment("default is 2, not recommended for more than 8")
        .entry(NOTIFY_WORKER_NUM, notifyWorkerNum)
        .comment("transaction expiration time, in seconds")
        .entry(TXS_EXPIRATION_TIME, txsExpirationTimeSeconds);
  }
}
