/**
 * A simulated P2P network for cluster tests: {@link org.jbcos.network.memory.SimulatedNetworkHub}
 * joins {@link org.jbcos.network.memory.InMemoryP2pNetwork} nodes in one JVM, with seeded drops,
 * duplicates, delays (hence reordering), partitions and isolated nodes, on a virtual or real-time
 * clock. No sockets, no frames, no TLS: payloads are handed over as they are (not copied).
 */
package org.jbcos.network.memory;
