package org.jbcos.consensus.pbft;

/**
 * A snapshot of the engine's round.
 *
 * @param head the highest committed block
 * @param view the current view
 * @param toView the view this node asks for (above {@code view} during a view change)
 * @param leaderFailed true while the node waits for a view change
 * @param changeCycle the timeout back-off exponent
 * @param nodeIndex this node's sealer index, -1 for an observer
 * @param locked true when a committed prepare of the next height is held
 * @param leader the leader index of the current view
 */
public record PbftStatus(
    long head,
    long view,
    long toView,
    boolean leaderFailed,
    int changeCycle,
    int nodeIndex,
    boolean locked,
    int leader) {}
