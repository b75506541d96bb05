package org.jbcos.executor.parallel;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import org.jbcos.evm.EvmThreads;

/**
 * Runs the transactions of a {@link TxDag} on a pool of worker threads: a transaction starts once
 * every transaction it depends on has finished. Workers have the EVM's large stacks, so a
 * transaction runs start to end on one worker, and the block tables' per-thread change log holds
 * exactly its writes while it runs. Idle workers stop after a while; the pool needs no shutdown.
 */
public final class DagRunner {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ThreadPoolExecutor pool;
  private final int workers;

  /** A runner with {@code workers} threads (at least 1). */
  public DagRunner(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    }
    this.workers = workers;
    String prefix = "dag-" + POOLS.incrementAndGet() + "-";
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> EvmThreads.newThread(r, prefix + threads.incrementAndGet()));
    pool.allowCoreThreadTimeOut(true);
  }

  public int workers() {
    return workers;
  }

  /**
   * Runs {@code task} for every transaction of {@code dag}, each after its predecessors, and
   * returns when all have run. If a task throws, no further task starts and the first failure is
   * rethrown once the tasks already running have finished.
   */
  public void run(TxDag dag, IntConsumer task) {
    new Run(dag, task).await();
  }

  /**
   * Runs {@code task} on one worker and waits: a whole serial block then runs on one large-stack
   * thread instead of handing each transaction's EVM run to another thread.
   */
  public void runAlone(Runnable task) {
    run(TxDag.of(List.of(Optional.empty())), i -> task.run());
  }

  /**
   * Runs {@code task} for every index below {@code count} on the workers, in any order; returns
   * when all have run.
   */
  public void forEach(int count, IntConsumer task) {
    int chunks = Math.min(count, workers);
    run(
        TxDag.of(Collections.nCopies(chunks, Optional.of(List.of()))),
        chunk -> {
          for (int i = chunk; i < count; i += chunks) {
            task.accept(i);
          }
        });
  }

  /** One execution of a DAG. */
  private final class Run {
    private final TxDag dag;
    private final IntConsumer task;
    private final AtomicIntegerArray waiting;
    private final AtomicInteger unfinished;
    private final AtomicInteger running = new AtomicInteger();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Throwable failure;

    Run(TxDag dag, IntConsumer task) {
      this.dag = dag;
      this.task = task;
      int n = dag.size();
      int[] in = new int[n];
      for (int i = 0; i < n; i++) {
        in[i] = dag.inDegree(i);
      }
      this.waiting = new AtomicIntegerArray(in);
      this.unfinished = new AtomicInteger(n);
    }

    void await() {
      if (dag.size() == 0) {
        return;
      }
      int[] roots = new int[dag.size()];
      int rootCount = 0;
      for (int i = 0; i < dag.size(); i++) {
        if (dag.inDegree(i) == 0) {
          roots[rootCount++] = i;
        }
      }
      // one pool task per worker, each taking the next root until none is left: a block of
      // independent transactions costs a handful of hand-offs, not one per transaction
      AtomicInteger nextRoot = new AtomicInteger();
      int lastRoot = rootCount;
      for (int w = Math.min(workers, rootCount); w > 0; w--) {
        running.incrementAndGet();
        pool.execute(
            () -> {
              int r;
              while (failure == null && (r = nextRoot.getAndIncrement()) < lastRoot) {
                runChain(roots[r]);
              }
              finishTask();
            });
      }
      try {
        done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while executing a block", e);
      } catch (ExecutionException e) {
        rethrow(e.getCause());
      }
    }

    private void submit(int tx) {
      running.incrementAndGet();
      pool.execute(
          () -> {
            runChain(tx);
            finishTask();
          });
    }

    /**
     * Runs {@code first}, then, as long as finishing a transaction makes others ready, keeps one of
     * them on this thread and hands the rest to the pool (a chain of dependent transactions stays
     * on one worker).
     */
    private void runChain(int first) {
      try {
        int tx = first;
        while (tx >= 0 && failure == null) {
          task.accept(tx);
          if (unfinished.decrementAndGet() == 0) {
            done.complete(null);
          }
          int next = -1;
          for (int s : dag.successors(tx)) {
            if (waiting.decrementAndGet(s) == 0) {
              if (next < 0) {
                next = s;
              } else {
                submit(s);
              }
            }
          }
          tx = next;
        }
      } catch (RuntimeException | Error e) {
        synchronized (this) {
          if (failure == null) {
            failure = e;
          }
        }
      }
    }

    private void finishTask() {
      if (running.decrementAndGet() == 0 && failure != null) {
        done.completeExceptionally(failure);
      }
    }
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(t);
  }
}
