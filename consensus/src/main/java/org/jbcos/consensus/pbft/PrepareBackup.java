package org.jbcos.consensus.pbft;

import java.util.Optional;

/**
 * Keeps the "committed prepare" across restarts: the prepare a node saw a sign quorum for, written
 * before it sends its commit (FISCO keeps it under {@code data/groupN/pbftMsgBackup}, key {@code
 * committed}).
 */
public interface PrepareBackup {
  /** Replaces the stored prepare; must be durable when it returns. */
  void save(byte[] encodedPrepare);

  Optional<byte[]> load();
}
