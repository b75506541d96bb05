/**
 * PBFT wired into a running group: the adapters between {@link
 * org.jbcos.consensus.pbft.PbftEngine}'s ports and the group's ledger, transaction pool, executor
 * and the node's P2P network. The consensus rules themselves (view change, quorums, locks) live in
 * {@code org.jbcos.consensus.pbft}; nothing here decides anything about consensus.
 */
package org.jbcos.node.pbft;
