package org.jbcos.consensus.pbft;

/** Why the engine ignored a message; counted per reason for tests and metrics. */
public enum DropReason {
  NOT_A_SEALER,
  MALFORMED,
  UNKNOWN_SEALER_INDEX,
  OWN_MESSAGE,
  BAD_SIGNATURE,
  STALE,
  DUPLICATE,
  FUTURE_CACHE_FULL,
  TOO_FAR_AHEAD,
  WRONG_LEADER,
  LEADER_FAILED,
  INVALID_BLOCK,
  WRONG_PARENT,
  HASH_MISMATCH,
  TOO_MANY_TRANSACTIONS,
  EXECUTION_FAILED,
  LOCKED_ON_OTHER_BLOCK,
  WRONG_HEAD_HASH
}
