/**
 * A TPS harness that drives a running chain through the official FISCO BCOS Java SDK 2.9.3 ({@code
 * bench/tps.sh}, docs/performance.md "Chain TPS").
 */
package org.jbcos.bench.tps;
