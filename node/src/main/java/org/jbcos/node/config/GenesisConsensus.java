package org.jbcos.node.config;

import java.util.List;

/**
 * {@code group.N.genesis [consensus]}: fixed at block 0, identical on every node of the group.
 *
 * @param type {@code consensus_type}, default pbft
 * @param maxTransNum {@code max_trans_num}, default 1000: transactions per block
 * @param consensusTimeout {@code consensus_timeout} in seconds, default 3, at least 3
 * @param epochSealerNum {@code epoch_sealer_num} (rPBFT), default the number of sealers
 * @param epochBlockNum {@code epoch_block_num} (rPBFT), default 1000
 * @param minElectTime {@code min_elect_time} in ms (Raft), default 1000
 * @param maxElectTime {@code max_elect_time} in ms (Raft), default 2000, above min_elect_time
 * @param sealers {@code node.N}: the node ids of the initial sealers in file order, at least one
 * @param observers {@code observer.N} (a JBCOS addition; FISCO adds observers only through the
 *     consensus contract): node ids that follow the chain from block 0 without voting
 */
public record GenesisConsensus(
    ConsensusType type,
    int maxTransNum,
    int consensusTimeout,
    int epochSealerNum,
    int epochBlockNum,
    int minElectTime,
    int maxElectTime,
    List<String> sealers,
    List<String> observers) {
  static final String SECTION = "consensus";
  private static final String CONSENSUS_TYPE = "consensus_type";
  private static final String MAX_TRANS_NUM = "max_trans_num";
  static final String CONSENSUS_TIMEOUT = "consensus_timeout";
  private static final String EPOCH_SEALER_NUM = "epoch_sealer_num";
  static final String EPOCH_BLOCK_NUM = "epoch_block_num";
  private static final String MIN_ELECT_TIME = "min_elect_time";
  private static final String MAX_ELECT_TIME = "max_elect_time";
  private static final String NODE_PREFIX = "node.";
  private static final String OBSERVER_PREFIX = "observer.";

  public static final int DEFAULT_MAX_TRANS_NUM = 1000;
  public static final int MIN_CONSENSUS_TIMEOUT = 3;
  private static final int DEFAULT_EPOCH_BLOCK_NUM = 1000;
  private static final int DEFAULT_MIN_ELECT_TIME = 1000;
  private static final int DEFAULT_MAX_ELECT_TIME = 2000;

  public GenesisConsensus {
    sealers = List.copyOf(sealers);
    observers = List.copyOf(observers);
  }

  /** What build_chain.sh writes for these sealers. */
  public static GenesisConsensus of(ConsensusType type, List<String> sealers) {
    return of(type, sealers, List.of());
  }

  /** What {@code build-chain --observers} writes: these sealers and observers. */
  public static GenesisConsensus of(
      ConsensusType type, List<String> sealers, List<String> observers) {
    return new GenesisConsensus(
        type,
        DEFAULT_MAX_TRANS_NUM,
        MIN_CONSENSUS_TIMEOUT,
        sealers.size(),
        DEFAULT_EPOCH_BLOCK_NUM,
        DEFAULT_MIN_ELECT_TIME,
        DEFAULT_MAX_ELECT_TIME,
        sealers,
        observers);
  }

  static GenesisConsensus read(SectionReader r) {
    List<String> sealers = r.nodeIds(NODE_PREFIX);
    if (sealers.isEmpty()) {
      throw r.sectionError(
          "lists no sealer: add node.0=<node id> (the 128-hex public key in node.nodeid)");
    }
    List<String> observers = r.nodeIds(OBSERVER_PREFIX);
    for (String observer : observers) {
      if (sealers.contains(observer)) {
        throw r.sectionError(
            "lists node " + observer.substring(0, 16) + "... as both sealer and observer");
      }
    }
    int minElect = r.integer(MIN_ELECT_TIME, DEFAULT_MIN_ELECT_TIME, 1, Integer.MAX_VALUE);
    int maxElect = r.integer(MAX_ELECT_TIME, DEFAULT_MAX_ELECT_TIME, 1, Integer.MAX_VALUE);
    if (maxElect <= minElect) {
      throw r.error(
          MAX_ELECT_TIME,
          "must be greater than min_elect_time (" + minElect + "), got " + maxElect);
    }
    return new GenesisConsensus(
        r.choice(CONSENSUS_TYPE, ConsensusType.PBFT, ConsensusType.class),
        r.integer(MAX_TRANS_NUM, DEFAULT_MAX_TRANS_NUM, 1, Integer.MAX_VALUE),
        r.integer(
            CONSENSUS_TIMEOUT, MIN_CONSENSUS_TIMEOUT, MIN_CONSENSUS_TIMEOUT, Integer.MAX_VALUE),
        r.integer(EPOCH_SEALER_NUM, sealers.size(), 1, Integer.MAX_VALUE),
        r.integer(EPOCH_BLOCK_NUM, DEFAULT_EPOCH_BLOCK_NUM, 1, Integer.MAX_VALUE),
        minElect,
        maxElect,
        sealers,
        observers);
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .comment("consensus algorithm: pbft, raft or rpbft")
        .entry(CONSENSUS_TYPE, type.toString())
        .comment("the max number of transactions of a block")
        .entry(MAX_TRANS_NUM, maxTransNum)
        .comment("in seconds, block consensus timeout, at least 3s")
        .entry(CONSENSUS_TIMEOUT, consensusTimeout)
        .comment("rpbft: the working sealers num of each consensus epoch")
        .entry(EPOCH_SEALER_NUM, epochSealerNum)
        .comment("rpbft: the number of generated blocks each epoch")
        .entry(EPOCH_BLOCK_NUM, epochBlockNum)
        .comment("raft: election timeout range, ms")
        .entry(MIN_ELECT_TIME, minElectTime)
        .entry(MAX_ELECT_TIME, maxElectTime)
        .comment("the node id of consensusers");
    for (int i = 0; i < sealers.size(); i++) {
      w.entry(NODE_PREFIX + i, sealers.get(i));
    }
    if (!observers.isEmpty()) {
      w.comment("the node id of observers: they follow the chain and never vote");
      for (int i = 0; i < observers.size(); i++) {
        w.entry(OBSERVER_PREFIX + i, observers.get(i));
      }
    }
  }
}
