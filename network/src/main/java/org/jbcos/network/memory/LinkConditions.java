package org.jbcos.network.memory;

import java.time.Duration;

/**
 * How the simulated links treat each message: dropped with {@code dropRate}, else delivered once
 * more with {@code duplicateRate}, each copy after a delay drawn uniformly from {@code minDelay} to
 * {@code maxDelay}. Different delays reorder messages.
 */
public record LinkConditions(
    double dropRate, double duplicateRate, Duration minDelay, Duration maxDelay) {
  public LinkConditions {
    if (dropRate < 0 || dropRate > 1 || duplicateRate < 0 || duplicateRate > 1) {
      throw new IllegalArgumentException("rates must lie in [0, 1]");
    }
    if (minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= minDelay <= maxDelay");
    }
  }

  /** Every message arrives once, in order, without delay. */
  public static LinkConditions perfect() {
    return new LinkConditions(0, 0, Duration.ZERO, Duration.ZERO);
  }
}
