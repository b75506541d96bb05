package org.jbcos.consensus.pbft;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one thread that runs a {@link PbftEngine}: network messages and new-head notices are
 * queued (bounded; overflow is counted and dropped, PBFT recovers by timeout), and the engine is
 * ticked every {@code tickMillis}. An exception from one event is logged and the loop goes on.
 */
public final class PbftRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PbftRunner.class);

  private final PbftEngine engine;
  private final BlockingQueue<Runnable> queue;
  private final long tickMillis;
  private final AtomicLong overflow = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  public PbftRunner(PbftEngine engine, int queueCapacity, long tickMillis, String threadName) {
    this.engine = engine;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.tickMillis = tickMillis;
    this.thread = new Thread(this::loop, threadName);
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Called by the network's threads. */
  public void submitMessage(NodeId from, byte[] bytes) {
    offer(() -> engine.onMessage(from, bytes));
  }

  /** Called when a block was committed by sync. */
  public void submitNewHead() {
    offer(engine::onNewHead);
  }

  /** Runs {@code task} on the engine thread (e.g. to read {@link PbftEngine#status()}). */
  public void submit(Runnable task) {
    offer(task);
  }

  public long overflowCount() {
    return overflow.get();
  }

  private void offer(Runnable event) {
    if (!queue.offer(event)) {
      overflow.incrementAndGet();
    }
  }

  private void loop() {
    run(engine::start);
    long nextTick = System.nanoTime();
    while (running) {
      try {
        long waitNanos = nextTick - System.nanoTime();
        Runnable event = waitNanos > 0 ? queue.poll(waitNanos, TimeUnit.NANOSECONDS) : null;
        if (event != null) {
          run(event);
        }
        if (System.nanoTime() - nextTick >= 0) {
          run(engine::onTick);
          nextTick = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(tickMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void run(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.error("PBFT event failed; the engine goes on", e);
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
