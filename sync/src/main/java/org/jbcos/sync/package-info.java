/**
 * Block sync and transaction gossip for one group (node-design.md §3.2).
 *
 * <p>{@link org.jbcos.sync.BlockSync} is a single-threaded core driven by events (messages, new
 * heads) and a tick, with no locks and no threads of its own; {@link org.jbcos.sync.EventLoop} runs
 * it on one thread in a node, tests drive it on a virtual clock. It reaches the rest of the node
 * only through narrow ports the node implements: {@link org.jbcos.sync.SyncChain} (what we have),
 * {@link org.jbcos.sync.BlockImporter} (re-execute and commit) and {@link
 * org.jbcos.sync.TransactionSink} (the pool). {@link org.jbcos.sync.TransactionGossip} batches
 * client transactions to the group's peers. {@link org.jbcos.sync.GroupSync} wires both for a node.
 *
 * <p>Every sync packet, transactions included, travels on module {@code BLOCK_SYNC} (9) as in FISCO
 * 2.x; the packet formats are in {@link org.jbcos.sync.wire}. The node registers one handler per
 * module and routes by group ({@code protocolId >>> 16}) to the group's {@code onMessage}.
 *
 * <p>Not here: executing blocks, storing them, verifying transaction signatures (the pool does it
 * once), choosing which peers belong to the group.
 */
package org.jbcos.sync;
