package org.jbcos.bench.tps;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.fisco.bcos.sdk.client.Client;
import org.fisco.bcos.sdk.model.TransactionReceipt;
import org.fisco.bcos.sdk.model.callback.TransactionCallback;
import org.fisco.bcos.sdk.utils.Numeric;

/**
 * Sends signed transactions with {@code sendRawTransactionAndGetReceiptAsync}, at most {@code
 * maxInFlight} of them without a receipt yet, optionally paced to a rate, round-robin over the
 * clients. A refusal that means "the node is busy" (tx pool full, group memory limit, the RPC queue
 * full) is back-pressure: the same signed transaction is sent again after a short pause, keeping
 * its place in flight, and its latency still counts from the first send.
 */
final class AsyncSender implements AutoCloseable {
  /** TxPoolIsFull (28), FISCO's 0x2714 spelling of it, OverGroupMemoryLimit, RPC over QPS. */
  static final Set<String> BUSY = Set.of("0x1c", "0x2714", "0x2716", "-40011", "40011");

  private final List<Client> clients;
  private final int maxInFlight;
  private final double rate;
  private final ScheduledExecutorService retryTimer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "tps-retry");
            t.setDaemon(true);
            return t;
          });

  AsyncSender(List<Client> clients, int maxInFlight, double rate) {
    if (clients.isEmpty() || maxInFlight < 1) {
      throw new IllegalArgumentException("need a client and at least one transaction in flight");
    }
    this.clients = List.copyOf(clients);
    this.maxInFlight = maxInFlight;
    this.rate = rate;
  }

  /** What became of each transaction of a batch; index i is {@code signed.get(i)}. */
  static final class Batch {
    final String[] status;
    final String[] message;
    final String[] output;
    final long[] block;
    final long[] sentNanos;
    final long[] doneNanos;
    final AtomicLong retries = new AtomicLong();
    long startNanos;
    long endNanos;
    boolean timedOut;

    Batch(int n) {
      status = new String[n];
      message = new String[n];
      output = new String[n];
      block = new long[n];
      sentNanos = new long[n];
      doneNanos = new long[n];
    }

    int size() {
      return status.length;
    }

    boolean ok(int i) {
      return "0x0".equals(status[i]);
    }
  }

  /** Sends every transaction and waits for all receipts, or until {@code timeoutSeconds}. */
  Batch send(List<String> signed, long timeoutSeconds) throws InterruptedException {
    int n = signed.size();
    Batch b = new Batch(n);
    Semaphore inFlight = new Semaphore(maxInFlight);
    CountDownLatch done = new CountDownLatch(n);
    b.startNanos = System.nanoTime();
    long deadline = b.startNanos + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    for (int i = 0; i < n; i++) {
      if (rate > 0) {
        long due = b.startNanos + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || !inFlight.tryAcquire(left, TimeUnit.NANOSECONDS)) {
        b.timedOut = true;
        break;
      }
      b.sentNanos[i] = System.nanoTime();
      submit(b, i, signed.get(i), inFlight, done, 0);
    }
    long left = deadline - System.nanoTime();
    if (!done.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
      b.timedOut = true;
    }
    b.endNanos = System.nanoTime();
    return b;
  }

  private void submit(
      Batch b, int i, String tx, Semaphore inFlight, CountDownLatch done, int attempt) {
    Client client = clients.get(Math.floorMod(i + attempt, clients.size()));
    TransactionCallback callback =
        new TransactionCallback() {
          @Override
          public void onResponse(TransactionReceipt receipt) {
            String status = receipt.getStatus();
            if (status != null && BUSY.contains(status)) {
              b.retries.incrementAndGet();
              long pauseMicros = Math.min(200_000, 1_000L << Math.min(attempt, 8));
              retryTimer.schedule(
                  () -> submit(b, i, tx, inFlight, done, attempt + 1),
                  pauseMicros,
                  TimeUnit.MICROSECONDS);
              return;
            }
            b.doneNanos[i] = System.nanoTime();
            b.block[i] = blockOf(receipt);
            b.message[i] = receipt.getMessage();
            b.output[i] = receipt.getOutput();
            b.status[i] = status == null ? "none" : status;
            inFlight.release();
            done.countDown();
          }
        };
    try {
      client.sendRawTransactionAndGetReceiptAsync(tx, callback);
    } catch (RuntimeException e) {
      callback.onError(-1, "send failed: " + e);
    }
  }

  private static long blockOf(TransactionReceipt r) {
    String n = r.getBlockNumber();
    if (n == null || n.isEmpty()) {
      return -1;
    }
    try {
      return Numeric.decodeQuantity(n).longValueExact();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    retryTimer.shutdownNow();
  }
}
