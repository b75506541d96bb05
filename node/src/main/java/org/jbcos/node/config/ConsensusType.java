package org.jbcos.node.config;

import java.util.Locale;

/** {@code group.N.genesis [consensus] consensus_type}. */
public enum ConsensusType {
  PBFT,
  RAFT,
  RPBFT;

  /** The word in the file. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
