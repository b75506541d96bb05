package org.jbcos.ledger;

import java.util.List;

/**
 * The fixed part of a group, from {@code group.N.genesis}.
 *
 * @param groupId the group
 * @param timestamp genesis timestamp in milliseconds ({@code [group] timestamp})
 * @param sealers node ids (128 hex) of the initial sealers, in genesis order
 * @param consensusType {@code pbft} or {@code raft}
 * @param txCountLimit {@code [consensus] max_trans_num}
 * @param txGasLimit {@code [tx] gas_limit}
 * @param consensusTimeout {@code [consensus] consensus_timeout} in seconds
 * @param observers node ids of the initial observers (follow the chain, never vote)
 */
public record GenesisConfig(
    int groupId,
    long timestamp,
    List<String> sealers,
    String consensusType,
    long txCountLimit,
    long txGasLimit,
    long consensusTimeout,
    List<String> observers) {
  public GenesisConfig {
    sealers = List.copyOf(sealers);
    observers = List.copyOf(observers);
  }

  /** A group without observers in its genesis. */
  public GenesisConfig(
      int groupId,
      long timestamp,
      List<String> sealers,
      String consensusType,
      long txCountLimit,
      long txGasLimit,
      long consensusTimeout) {
    this(
        groupId,
        timestamp,
        sealers,
        consensusType,
        txCountLimit,
        txGasLimit,
        consensusTimeout,
        List.of());
  }

  /**
   * FISCO's genesis mark, stored as extraData[0] of block 0 and compared at every start: group id,
   * sealer list, consensus type, state type, gas limit and timestamp, joined with '-'. Genesis
   * observers (a JBCOS addition) follow the sealers after a ';' so that a genesis without them
   * keeps FISCO's mark.
   */
  public String mark() {
    return groupId
        + "-"
        + String.join(",", sealers)
        + (observers.isEmpty() ? "" : ";" + String.join(",", observers))
        + "-"
        + consensusType
        + "-storage-"
        + txGasLimit
        + "-"
        + timestamp;
  }
}
