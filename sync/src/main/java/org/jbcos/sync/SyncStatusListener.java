package org.jbcos.sync;

/** Told on the sync thread when the group starts or stops syncing or learns of a higher block. */
@FunctionalInterface
public interface SyncStatusListener {
  void onSyncStatus(SyncStatus status);
}
