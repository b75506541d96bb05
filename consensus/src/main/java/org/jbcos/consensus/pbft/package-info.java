/**
 * PBFT consensus of FISCO BCOS 2.x: the state machine, its messages and the narrow ports the node
 * implements.
 *
 * <p>Where things are:
 *
 * <ul>
 *   <li>{@link org.jbcos.consensus.pbft.PbftEngine} — the whole protocol: prepare, sign, commit,
 *       the committed-prepare backup, sealing triggers, and the <b>view change</b> (timeout in
 *       {@code onViewTimeout}, requests in {@code handleViewChange}, the switch in {@code
 *       checkAndChangeView}; empty blocks start a fast view change). Single-threaded, no I/O, no
 *       wall clock: time comes from {@link org.jbcos.consensus.pbft.Clock}.
 *   <li>{@link org.jbcos.consensus.pbft.PbftRunner} — the one thread and the bounded event queue.
 *   <li>{@link org.jbcos.consensus.pbft.PbftMessage}, {@link
 *       org.jbcos.consensus.pbft.PbftMessageCodec} — the four messages and their strict RLP form.
 *   <li>Ports the node implements: {@link org.jbcos.consensus.pbft.ChainView}, {@link
 *       org.jbcos.consensus.pbft.BlockProposer}, {@link
 *       org.jbcos.consensus.pbft.BlockExecutorPort}, {@link
 *       org.jbcos.consensus.pbft.BlockCommitter}, {@link org.jbcos.consensus.pbft.Gossiper}, {@link
 *       org.jbcos.consensus.pbft.PrepareBackup}.
 *   <li>{@link org.jbcos.consensus.pbft.SignatureListVerifier} — the quorum check of a committed
 *       block's sigList (for sync).
 * </ul>
 *
 * <p>Must not live here: networking, storage, the tx pool, threads other than the runner's. The
 * deterministic multi-node simulation is in the tests ({@code org.jbcos.consensus.pbft.sim}).
 */
package org.jbcos.consensus.pbft;
