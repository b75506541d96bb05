package org.jbcos.consensus.pbft.sim;

import java.util.Random;
import java.util.function.LongFunction;

/**
 * One random run of a {@link SimCluster} from a seed: a chaos phase (loss, duplication, delay,
 * partitions, crashes and restarts, optionally a Byzantine node), then the faults heal and the
 * honest nodes must grow the chain within a bounded simulated time. Safety is checked by the
 * cluster on every commit; a violation throws an AssertionError.
 */
public final class Simulation {
  /** The outcome of one seed. */
  public record Result(
      long seed,
      int nodes,
      boolean byzantine,
      long heightAtHeal,
      long finalHeight,
      boolean live,
      long messages,
      long simulatedMillis) {}

  static final long CHAOS_MILLIS = 30_000;
  static final long LIVENESS_MILLIS = 180_000;
  static final int BLOCKS_AFTER_HEAL = 3;

  private Simulation() {}

  /** Spreads consecutive seeds apart (java.util.Random's first draws barely differ for them). */
  static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public static Result run(long seed) {
    return run(seed, s -> SimCluster.withSimCrypto(4 + new Random(mix(s)).nextInt(4), s));
  }

  public static Result run(long seed, LongFunction<SimCluster> clusterOf) {
    SimCluster c = clusterOf.apply(seed);
    Random r = c.random();
    int n = c.nodes().size();
    boolean byzantine = r.nextDouble() < 0.3;
    int byz = r.nextInt(n);
    if (byzantine) {
      c.markFaulty(byz);
      c.replaceGossiper(
          byz,
          new ByzantineGossiper(
              byz,
              c.nodes().stream().map(SimCluster.Node::id).toList(),
              c.networkGossiper(byz),
              c.node(byz).crypto,
              new Random(mix(seed + 1))));
    }
    c.conditions(
        new NetworkConditions(
            1 + r.nextInt(20), 20 + r.nextInt(400), r.nextDouble() * 0.2, r.nextDouble() * 0.1));
    c.start();
    long start = c.now();
    long[] nextTx = {1};
    injectTransactions(c, r, nextTx);
    scheduleFaults(c, r, n, byzantine ? byz : -1);
    c.runFor(CHAOS_MILLIS);

    // heal: everyone up, one partition, a kinder network
    for (int i = 0; i < n; i++) {
      c.restart(i);
    }
    c.heal();
    c.conditions(new NetworkConditions(1, 50, 0.02, 0.02));
    long heightAtHeal = c.minHonestHeight();
    long target = c.maxHeight() + BLOCKS_AFTER_HEAL;
    boolean live = c.runUntil(() -> c.minHonestHeight() >= target, LIVENESS_MILLIS);
    return new Result(
        seed, n, byzantine, heightAtHeal, c.minHonestHeight(), live, c.messages(), c.now() - start);
  }

  /** Transactions at a random rate (bursts bigger than a block now and then). */
  private static void injectTransactions(SimCluster c, Random r, long[] next) {
    c.at(
        50 + r.nextInt(400),
        new Runnable() {
          @Override
          public void run() {
            int burst = r.nextDouble() < 0.05 ? 20 + r.nextInt(200) : 1 + r.nextInt(3);
            for (int k = 0; k < burst; k++) {
              c.submitTx(next[0]++);
            }
            c.at(50 + r.nextInt(600), this);
          }
        });
  }

  /** Crashes, restarts and partitions at random moments of the chaos phase. */
  private static void scheduleFaults(SimCluster c, Random r, int n, int byz) {
    long t = 0;
    while (true) {
      t += 500 + r.nextInt(6000);
      if (t >= CHAOS_MILLIS) {
        return;
      }
      double dice = r.nextDouble();
      int victim = r.nextInt(n);
      if (dice < 0.3 && victim != byz) {
        c.at(t, () -> c.crash(victim));
      } else if (dice < 0.55) {
        c.at(t, () -> c.restart(victim));
      } else if (dice < 0.8) {
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
          groups[i] = r.nextInt(2);
        }
        c.at(t, () -> c.partition(groups));
      } else {
        c.at(t, c::heal);
      }
    }
  }
}
