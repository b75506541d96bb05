package org.jbcos.consensus.pbft.sim;

/**
 * How the simulated network treats each message.
 *
 * @param minDelayMillis the shortest delivery delay
 * @param maxDelayMillis the longest (random delays between reorder messages)
 * @param lossRate the chance a message is lost
 * @param duplicateRate the chance a message is delivered twice
 */
record NetworkConditions(
    long minDelayMillis, long maxDelayMillis, double lossRate, double duplicateRate) {
  static NetworkConditions perfect() {
    return new NetworkConditions(1, 1, 0, 0);
  }
}
