package org.jbcos.evm;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs executions on threads with a stack deep enough for 1024 nested frames: each nested call
 * recurses through the interpreter, which a default 512 KiB-1 MiB thread stack cannot hold.
 */
public final class EvmThreads {
  /** Enough for 1025 frames of the interpreter and its callees, with a wide margin. */
  public static final long STACK_BYTES = 256L * 1024 * 1024;

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new LargeStackThread(r, "evm-" + COUNTER.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private EvmThreads() {}

  /** A thread factory for callers that want to run many executions on their own large stacks. */
  public static Thread newThread(Runnable r, String name) {
    Thread t = new LargeStackThread(r, name);
    t.setDaemon(true);
    return t;
  }

  static <T> T runWithLargeStack(Callable<T> task) {
    Thread current = Thread.currentThread();
    if (current instanceof LargeStackThread) {
      try {
        return task.call();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    Future<T> f = POOL.submit(task);
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new IllegalStateException("interrupted while executing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static final class LargeStackThread extends Thread {
    LargeStackThread(Runnable r, String name) {
      super(null, r, name, STACK_BYTES);
    }
  }
}
