package org.jbcos.consensus.pbft;

/**
 * Fixed PBFT parameters (group.N.ini {@code [consensus]} and code constants of FISCO 2.x).
 *
 * @param emptyBlockGenTimeMillis an idle leader proposes (an empty block) after this long: 1000
 * @param minBlockGenTimeMillis a leader with transactions waits this long since the last consensus
 *     unless its block is full: {@code min_block_generation_time}, 500
 * @param maxChangeCycle the cap of the timeout back-off exponent: 20
 * @param futureMessageLimit messages of later heights or views kept until they can be handled
 * @param futureHeightWindow how many heights above the next one are still cached
 */
public record PbftConfig(
    long emptyBlockGenTimeMillis,
    long minBlockGenTimeMillis,
    int maxChangeCycle,
    int futureMessageLimit,
    int futureHeightWindow) {

  public static PbftConfig defaults() {
    return new PbftConfig(1000, 500, 20, 1024, 10);
  }

  /** The base view timeout, {@code 3 × emptyBlockGenTime}. */
  public long baseTimeoutMillis() {
    return 3 * emptyBlockGenTimeMillis;
  }
}
