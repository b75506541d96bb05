package org.jbcos.sync;

import org.jbcos.network.NodeId;
import org.jbcos.sync.wire.StatusPacket;

/** What the sync core knows of one peer. Mutable; lives on the sync thread. */
final class SyncPeer {
  final NodeId id;
  StatusPacket status;
  boolean foreignGenesis;
  long ignoredUntilMillis = Long.MIN_VALUE;
  int recentTimeouts;

  SyncPeer(NodeId id) {
    this.id = id;
  }

  long number() {
    return status == null ? -1 : status.number();
  }

  boolean ignored(long nowMillis) {
    return foreignGenesis || nowMillis < ignoredUntilMillis;
  }

  /** A peer we may download from: same genesis, not penalised, and its status is known. */
  boolean usable(long nowMillis) {
    return status != null && !ignored(nowMillis);
  }
}
