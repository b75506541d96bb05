package org.jbcos.consensus.pbft.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.junit.jupiter.api.Test;

/**
 * Random seeds of the multi-node simulation: safety (no fork, every block with a signature quorum,
 * no empty block) and liveness after the faults heal.
 *
 * <p>{@code -Djbcos.sim.seeds=10000} runs more seeds, {@code -Djbcos.sim.seed=N} replays one.
 */
class PbftSimulationTest {
  @Test
  void randomSeedsStaySafeAndLive() {
    String one = System.getProperty("jbcos.sim.seed");
    long first = one != null ? Long.parseLong(one) : 1;
    int count = one != null ? 1 : Integer.getInteger("jbcos.sim.seeds", 200);
    List<String> failures = new ArrayList<>();
    long blocks = 0;
    long started = System.nanoTime();
    for (long seed = first; seed < first + count; seed++) {
      try {
        Simulation.Result r = Simulation.run(seed);
        blocks += r.finalHeight();
        if (!r.live()) {
          failures.add("seed " + seed + " not live: " + r);
        }
      } catch (AssertionError | RuntimeException e) {
        failures.add("seed " + seed + " failed: " + e);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "PBFT simulation: %d seeds, %d blocks committed, %.1f s, %.1f seeds/s%n",
        count, blocks, seconds, count / seconds);
    failures.forEach(f -> System.out.println("FAILED " + f + " (replay: -Djbcos.sim.seed=N)"));
    assertThat(failures).isEmpty();
  }

  @Test
  void sameSeedReplaysTheSameRun() {
    assertThat(Simulation.run(42)).isEqualTo(Simulation.run(42));
  }

  @Test
  void realEcdsaAndSmSignaturesStaySafeAndLive() {
    for (boolean sm : new boolean[] {false, true}) {
      CryptoSuite suite = CryptoSuite.of(sm);
      for (long seed = 1; seed <= 2; seed++) {
        Simulation.Result r = Simulation.run(seed, s -> SimCluster.withSuite(4, s, suite));
        assertThat(r.live()).as("sm=%s seed %s: %s", sm, seed, r).isTrue();
      }
    }
  }
}
