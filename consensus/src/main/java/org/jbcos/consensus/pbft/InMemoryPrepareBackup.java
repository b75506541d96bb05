package org.jbcos.consensus.pbft;

import java.util.Optional;

/** A {@link PrepareBackup} in memory: survives an engine restart, not a process restart. */
public final class InMemoryPrepareBackup implements PrepareBackup {
  private byte[] stored;

  @Override
  public synchronized void save(byte[] encodedPrepare) {
    stored = encodedPrepare.clone();
  }

  @Override
  public synchronized Optional<byte[]> load() {
    return Optional.ofNullable(stored).map(byte[]::clone);
  }
}
