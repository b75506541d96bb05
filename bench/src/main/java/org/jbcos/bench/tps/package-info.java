/**
 * A TPS harness that drives a running chain through the official FISCO BCOS Java SDK 2.9.3 ({@code
 * bench/tps.sh}, docs/performance.md "Chain TPS"). {@link org.jbcos.bench.tps.TpsHarness} does the
 * signing, sending, counting and checking; a {@link org.jbcos.bench.tps.Workload} only says what
 * the transfers call (a contract or a precompiled contract) and how its calls are encoded and
 * answered. Nothing here is shipped with the node.
 */
package org.jbcos.bench.tps;
