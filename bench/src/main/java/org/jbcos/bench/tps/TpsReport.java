package org.jbcos.bench.tps;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The figures of one harness run.
 *
 * @param workload the {@code --workload} run
 * @param target the address every transaction of the run went to
 * @param sent transfers sent (each once, busy refusals retried)
 * @param committedOk receipts with status 0x0 (and, from DagTransfer, return code 0)
 * @param failures the other receipts, by status (and message)
 * @param failedInBlocks failed receipts that name a block (reverted or refused, committed)
 * @param retries sends refused as busy and repeated
 * @param firstBlock the first block holding a transfer of the run
 * @param lastBlock the last one
 * @param txsInBlocks every transaction in firstBlock..lastBlock (the run's and any other)
 * @param chainMillis last block's timestamp minus the timestamp of firstBlock's parent
 * @param wallMillis first send to last receipt
 * @param latencyMillis p50, p99 and max of send → receipt
 * @param expectedSum the sum of the balances set before the run
 * @param actualSum the sum read from the contract afterwards
 * @param balanceMismatches accounts whose balance differs from what the OK receipts imply
 * @param balances every account's balance read back after the run, in account order
 */
record TpsReport(
    String workload,
    String target,
    String crypto,
    int accounts,
    int sent,
    int committedOk,
    Map<String, Integer> failures,
    long failedInBlocks,
    long retries,
    boolean timedOut,
    long firstBlock,
    long lastBlock,
    long txsInBlocks,
    long chainMillis,
    long wallMillis,
    double[] latencyMillis,
    double presignSeconds,
    BigInteger expectedSum,
    BigInteger actualSum,
    int balanceMismatches,
    List<BigInteger> balances) {

  long blocks() {
    return firstBlock < 0 ? 0 : lastBlock - firstBlock + 1;
  }

  /** Transfers of the run committed per second of block time. */
  double chainTps() {
    return chainMillis <= 0 ? 0 : committedInBlocks() * 1000.0 / chainMillis;
  }

  double wallTps() {
    return wallMillis <= 0 ? 0 : committedOk * 1000.0 / wallMillis;
  }

  /** Receipts that name a block: committed, OK or reverted. */
  long committedInBlocks() {
    return committedOk + failedInBlocks;
  }

  boolean balancesHold() {
    return expectedSum.equals(actualSum) && balanceMismatches == 0;
  }

  /** Every transfer committed OK, nothing timed out, and the balances hold. */
  boolean ok() {
    return committedOk == sent && failures.isEmpty() && !timedOut && balancesHold();
  }

  void print(PrintWriter out) {
    out.printf("workload:          %s (transactions to %s)%n", workload, target);
    out.printf("crypto:            %s, %d accounts%n", crypto, accounts);
    out.printf("pre-signed:        %d transfers in %.1f s%n", sent, presignSeconds);
    out.printf(
        "sent:              %d (%d busy refusals retried)%s%n",
        sent, retries, timedOut ? ", TIMED OUT" : "");
    out.printf("committed OK:      %d%n", committedOk);
    out.printf("failed:            %d %s%n", sent - committedOk, failures);
    out.printf(
        "blocks:            %d (#%d..#%d), %d txs in them, %.1f txs/block%n",
        blocks(),
        firstBlock,
        lastBlock,
        txsInBlocks,
        blocks() == 0 ? 0.0 : (double) txsInBlocks / blocks());
    out.printf(
        "TPS (chain):       %.0f  (%d txs / %.3f s of block time)%n",
        chainTps(), committedInBlocks(), chainMillis / 1000.0);
    out.printf(
        "TPS (wall clock):  %.0f  (%d OK / %.3f s first send to last receipt)%n",
        wallTps(), committedOk, wallMillis / 1000.0);
    out.printf(
        "latency (ms):      p50 %.1f  p99 %.1f  max %.1f%n",
        latencyMillis[0], latencyMillis[1], latencyMillis[2]);
    out.printf(
        "balances:          sum %s, expected %s, %d accounts off -> %s%n",
        actualSum, expectedSum, balanceMismatches, balancesHold() ? "OK" : "WRONG");
    out.printf("result:            %s%n", ok() ? "PASS" : "FAIL");
    out.flush();
  }
}
