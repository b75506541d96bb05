package org.jbcos.network.memory;

import java.time.Duration;
import org.jbcos.network.MessageRouter;

/** Where a simulated network runs its deliveries, events and timeouts. */
public interface SimulatedScheduler extends MessageRouter.DelayScheduler {
  /** The scheduler's clock in nanoseconds (virtual or real, from an arbitrary origin). */
  long nanoTime();

  /** Runs {@code task} as soon as possible, after the tasks already due. */
  default void execute(Runnable task) {
    schedule(Duration.ZERO, task);
  }

  /** Stops running tasks. */
  void shutdown();
}
