/**
 * Sealing blocks. {@link org.jbcos.consensus.SoloSealer} runs a one-node group until PBFT lands;
 * PBFT and Raft will live in their own packages here.
 */
package org.jbcos.consensus;
