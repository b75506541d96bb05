package org.jbcos.rpc.channel;

import java.util.List;
import java.util.Set;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.LogEntry;

/**
 * One registered event-log subscription: which logs it wants and how far it has pushed.
 *
 * @param addresses lowercase 0x-hex addresses; empty matches every address
 * @param topics per position, the accepted lowercase 0x-hex topics; an empty set matches any
 * @param toBlock last block to scan, {@link Long#MAX_VALUE} for "latest" (follow forever)
 */
record EventLogFilter(
    ChannelSession session,
    String filterId,
    int groupId,
    Set<String> addresses,
    List<Set<String>> topics,
    long toBlock) {

  boolean matches(LogEntry log) {
    if (!addresses.isEmpty() && !addresses.contains(Hex.encodePrefixed(log.address()))) {
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      Set<String> wanted = topics.get(i);
      if (wanted.isEmpty()) {
        continue;
      }
      if (i >= log.topics().size() || !wanted.contains(Hex.encodePrefixed(log.topics().get(i)))) {
        return false;
      }
    }
    return true;
  }
}
