package org.jbcos.network.memory;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * A fake clock with a task queue: nothing runs until the test calls {@link #runUntilIdle} or {@link
 * #advance}, and then tasks run on the calling thread in time order (ties in the order they were
 * scheduled). With a seeded hub this makes a whole simulated cluster deterministic.
 */
public final class VirtualScheduler implements SimulatedScheduler {
  private record Task(long dueNanos, long order, Runnable action) {}

  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(
          (a, b) ->
              a.dueNanos != b.dueNanos
                  ? Long.compare(a.dueNanos, b.dueNanos)
                  : Long.compare(a.order, b.order));
  private long now;
  private long order;
  private boolean shutdown;

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized Runnable schedule(Duration delay, Runnable task) {
    if (shutdown) {
      return () -> {};
    }
    Task t = new Task(now + Math.max(0, delay.toNanos()), order++, task);
    queue.add(t);
    return () -> {
      synchronized (this) {
        queue.remove(t);
      }
    };
  }

  /**
   * Runs tasks, moving the clock to each one's time, until none is left or {@code maxTasks} ran.
   *
   * @return how many tasks ran
   */
  public int runUntilIdle(int maxTasks) {
    int ran = 0;
    while (ran < maxTasks) {
      Task t;
      synchronized (this) {
        t = queue.poll();
        if (t == null) {
          break;
        }
        now = Math.max(now, t.dueNanos);
      }
      t.action.run();
      ran++;
    }
    return ran;
  }

  /** {@link #runUntilIdle(int)} with a bound of a million tasks. */
  public int runUntilIdle() {
    return runUntilIdle(1_000_000);
  }

  /** Runs the tasks due within {@code d} and leaves the clock {@code d} later. */
  public void advance(Duration d) {
    long until;
    synchronized (this) {
      until = now + d.toNanos();
    }
    while (true) {
      Task t;
      synchronized (this) {
        Task head = queue.peek();
        if (head == null || head.dueNanos > until) {
          now = Math.max(now, until);
          return;
        }
        t = queue.poll();
        now = Math.max(now, t.dueNanos);
      }
      t.action.run();
    }
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
    queue.clear();
  }
}
