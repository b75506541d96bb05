package org.jbcos.network.memory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a simulated network on one daemon thread in real time. */
public final class RealTimeScheduler implements SimulatedScheduler {
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "simulated-network");
            t.setDaemon(true);
            return t;
          });

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Runnable schedule(Duration delay, Runnable task) {
    if (executor.isShutdown()) {
      return () -> {};
    }
    ScheduledFuture<?> f =
        executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return () -> f.cancel(false);
  }

  @Override
  public void shutdown() {
    executor.shutdownNow();
  }
}
