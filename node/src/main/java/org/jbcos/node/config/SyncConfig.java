package org.jbcos.node.config;

/**
 * {@code group.N.ini [sync]}: block download and transaction gossip.
 *
 * @param maxBlockSyncMemorySizeMb {@code max_block_sync_memory_size} in MB, default 512, at least
 *     32
 * @param idleWaitMs {@code idle_wait_ms}, default 200
 * @param syncBlockByTree {@code sync_block_by_tree}, default true
 * @param sendTxsByTree {@code send_txs_by_tree}, default true
 * @param gossipIntervalMs {@code gossip_interval_ms}, default 1000, 1000 to 3000
 * @param gossipPeersNumber {@code gossip_peers_number}, default 3
 * @param txsMaxGossipPeersNum {@code txs_max_gossip_peers_num}, default 5
 */
public record SyncConfig(
    int maxBlockSyncMemorySizeMb,
    int idleWaitMs,
    boolean syncBlockByTree,
    boolean sendTxsByTree,
    int gossipIntervalMs,
    int gossipPeersNumber,
    int txsMaxGossipPeersNum) {
  static final String SECTION = "sync";
  private static final String MAX_BLOCK_SYNC_MEMORY_SIZE = "max_block_sync_memory_size";
  private static final String IDLE_WAIT_MS = "idle_wait_ms";
  private static final String SYNC_BLOCK_BY_TREE = "sync_block_by_tree";
  private static final String SEND_TXS_BY_TREE = "send_txs_by_tree";
  private static final String GOSSIP_INTERVAL_MS = "gossip_interval_ms";
  private static final String GOSSIP_PEERS_NUMBER = "gossip_peers_number";
  private static final String TXS_MAX_GOSSIP_PEERS_NUM = "txs_max_gossip_peers_num";

  private static final int DEFAULT_MEMORY = 512;
  private static final int DEFAULT_IDLE_WAIT = 200;
  private static final int DEFAULT_GOSSIP_INTERVAL = 1000;
  private static final int DEFAULT_GOSSIP_PEERS = 3;
  private static final int DEFAULT_TX_GOSSIP_PEERS = 5;

  public static SyncConfig defaults() {
    return new SyncConfig(
        DEFAULT_MEMORY,
        DEFAULT_IDLE_WAIT,
        true,
        true,
        DEFAULT_GOSSIP_INTERVAL,
        DEFAULT_GOSSIP_PEERS,
        DEFAULT_TX_GOSSIP_PEERS);
  }

  static SyncConfig read(SectionReader r) {
    return new SyncConfig(
        r.integer(MAX_BLOCK_SYNC_MEMORY_SIZE, DEFAULT_MEMORY, 32, Integer.MAX_VALUE),
        r.integer(IDLE_WAIT_MS, DEFAULT_IDLE_WAIT, 1, Integer.MAX_VALUE),
        r.bool(SYNC_BLOCK_BY_TREE, true),
        r.bool(SEND_TXS_BY_TREE, true),
        r.integer(GOSSIP_INTERVAL_MS, DEFAULT_GOSSIP_INTERVAL, 1000, 3000),
        r.integer(GOSSIP_PEERS_NUMBER, DEFAULT_GOSSIP_PEERS, 1, Integer.MAX_VALUE),
        r.integer(TXS_MAX_GOSSIP_PEERS_NUM, DEFAULT_TX_GOSSIP_PEERS, 0, Integer.MAX_VALUE));
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .comment("max memory size used for block sync, must >= 32MB")
        .entry(MAX_BLOCK_SYNC_MEMORY_SIZE, maxBlockSyncMemorySizeMb)
        .entry(IDLE_WAIT_MS, idleWaitMs)
        .comment("send block status by tree-topology, only supported when use pbft")
        .entry(SYNC_BLOCK_BY_TREE, syncBlockByTree)
        .comment("send transaction by tree-topology, only supported when use pbft")
        .entry(SEND_TXS_BY_TREE, sendTxsByTree)
        .comment("must between 1000 to 3000, only enabled when sync_by_tree is true")
        .entry(GOSSIP_INTERVAL_MS, gossipIntervalMs)
        .entry(GOSSIP_PEERS_NUMBER, gossipPeersNumber)
        .comment("max number of nodes that broadcast txs status to, recommended less than 5")
        .entry(TXS_MAX_GOSSIP_PEERS_NUM, txsMaxGossipPeersNum);
  }
}
