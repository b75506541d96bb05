package org.jbcos.executor;

/**
 * Whether {@link BlockExecutor} runs transactions DAG-parallel ({@code [tx_execute]
 * enable_parallel} in {@code group.N.ini}), and on how many worker threads. Parallel or serial, a
 * block gives the same receipts and state root.
 *
 * @param enabled run transactions with disjoint conflict keys at the same time
 * @param workers worker threads, at least 1
 */
public record ParallelExecution(boolean enabled, int workers) {
  public ParallelExecution {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    }
  }

  /** One transaction after the other, on the calling thread. */
  public static ParallelExecution serial() {
    return new ParallelExecution(false, 1);
  }

  /** Parallel with one worker per available processor (the default). */
  public static ParallelExecution onAllCores() {
    return withWorkers(Runtime.getRuntime().availableProcessors());
  }

  /** Parallel with {@code workers} worker threads. */
  public static ParallelExecution withWorkers(int workers) {
    return new ParallelExecution(true, workers);
  }

  /** {@code enable_parallel}: parallel on all cores, or serial. */
  public static ParallelExecution of(boolean enableParallel) {
    return enableParallel ? onAllCores() : serial();
  }
}
