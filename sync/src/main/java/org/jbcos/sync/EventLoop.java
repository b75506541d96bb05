package org.jbcos.sync;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that runs queued events and a periodic tick, like the PBFT runner: the queue is
 * bounded (overflow is counted and dropped; sync recovers through status and timeouts), and an
 * exception from one event is logged and the loop goes on.
 */
public final class EventLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

  private final BlockingQueue<Runnable> queue;
  private final Runnable tick;
  private final long tickMillis;
  private final AtomicLong overflow = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  public EventLoop(String threadName, int queueCapacity, long tickMillis, Runnable tick) {
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.tick = tick;
    this.tickMillis = tickMillis;
    this.thread = new Thread(this::loop, threadName);
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Queues {@code event}; returns false (and counts it) if the queue is full. */
  public boolean submit(Runnable event) {
    if (queue.offer(event)) {
      return true;
    }
    overflow.incrementAndGet();
    return false;
  }

  public long overflowCount() {
    return overflow.get();
  }

  private void loop() {
    long nextTick = System.nanoTime();
    while (running) {
      try {
        long waitNanos = nextTick - System.nanoTime();
        Runnable event = waitNanos > 0 ? queue.poll(waitNanos, TimeUnit.NANOSECONDS) : null;
        if (event != null) {
          run(event);
        }
        if (System.nanoTime() - nextTick >= 0) {
          run(tick);
          nextTick = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(tickMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void run(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.error("[sync] event failed on {}; the loop goes on", thread.getName(), e);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
