/**
 * The deterministic PBFT simulation: {@link org.jbcos.consensus.pbft.sim.SimCluster} (N engines, a
 * fake clock, a seeded network with loss, delay, duplication, partitions, crashes and a tiny
 * per-node chain), {@link org.jbcos.consensus.pbft.sim.Simulation} (one random seed: chaos, heal,
 * liveness) and the scripted scenarios. Everything runs on the test thread; a seed replays exactly.
 */
package org.jbcos.consensus.pbft.sim;
