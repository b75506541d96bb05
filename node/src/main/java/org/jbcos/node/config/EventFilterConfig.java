package org.jbcos.node.config;

/**
 * {@code group.N.genesis [event_filter]} (optional): bounds on event-log subscriptions.
 *
 * @param maxBlockRange {@code max_block_range}, default 0 (no bound on fromBlock..toBlock)
 * @param maxBlockPerProcess {@code max_block_per_process}, default 3: blocks scanned per round
 */
public record EventFilterConfig(int maxBlockRange, int maxBlockPerProcess) {
  static final String SECTION = "event_filter";
  private static final String MAX_BLOCK_RANGE = "max_block_range";
  private static final String MAX_BLOCK_PER_PROCESS = "max_block_per_process";
  private static final int DEFAULT_MAX_BLOCK_PER_PROCESS = 3;

  public static EventFilterConfig defaults() {
    return new EventFilterConfig(0, DEFAULT_MAX_BLOCK_PER_PROCESS);
  }

  static EventFilterConfig read(SectionReader r) {
    return new EventFilterConfig(
        r.integer(MAX_BLOCK_RANGE, 0, 0, Integer.MAX_VALUE),
        r.integer(MAX_BLOCK_PER_PROCESS, DEFAULT_MAX_BLOCK_PER_PROCESS, 1, Integer.MAX_VALUE));
  }

  void write(IniWriter w) {
    if (equals(defaults())) {
      return;
    }
    w.section(SECTION)
        .entry(MAX_BLOCK_RANGE, maxBlockRange)
        .entry(MAX_BLOCK_PER_PROCESS, maxBlockPerProcess);
  }
}
