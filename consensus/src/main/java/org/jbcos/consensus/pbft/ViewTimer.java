package org.jbcos.consensus.pbft;

/**
 * The view timeout of FISCO 2.x ({@code TimeManager}): a round times out when neither a commit, a
 * view change nor the node's own sign happened for {@code timeout × 1.5^changeCycle}, with
 * changeCycle capped. A fast view change (empty block, catch-up) makes the next check time out at
 * once without growing the back-off.
 */
final class ViewTimer {
  private final int maxChangeCycle;
  private long lastConsensusMillis;
  private long lastSignMillis;
  private int changeCycle;
  private boolean fast;

  ViewTimer(int maxChangeCycle, long nowMillis) {
    this.maxChangeCycle = maxChangeCycle;
    this.lastConsensusMillis = nowMillis;
  }

  /** A block was committed or the view changed: the round starts now. */
  void restart(long nowMillis) {
    lastConsensusMillis = nowMillis;
    lastSignMillis = 0;
    fast = false;
  }

  /** A block was committed: also forget the back-off. */
  void resetBackOff() {
    changeCycle = 0;
  }

  void signed(long nowMillis) {
    lastSignMillis = nowMillis;
  }

  void fastViewChange() {
    fast = true;
  }

  boolean isFast() {
    return fast;
  }

  long lastConsensusMillis() {
    return lastConsensusMillis;
  }

  int changeCycle() {
    return changeCycle;
  }

  long intervalMillis(long timeoutMillis) {
    return (long) (timeoutMillis * Math.pow(1.5, Math.min(changeCycle, maxChangeCycle)));
  }

  /** When the round times out (for the sim's and runner's scheduling). */
  long deadlineMillis(long timeoutMillis) {
    if (fast) {
      return Long.MIN_VALUE;
    }
    return Math.max(lastConsensusMillis, lastSignMillis) + intervalMillis(timeoutMillis);
  }

  boolean isTimeout(long nowMillis, long timeoutMillis) {
    return nowMillis >= deadlineMillis(timeoutMillis);
  }

  /** Called when the timeout fires: grow the back-off unless this was a fast view change. */
  void fired(long nowMillis) {
    if (!fast) {
      changeCycle = Math.min(changeCycle + 1, maxChangeCycle);
    }
    fast = false;
    lastConsensusMillis = nowMillis;
  }
}
