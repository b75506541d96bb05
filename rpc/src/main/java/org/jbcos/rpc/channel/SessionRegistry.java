package org.jbcos.rpc.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open SDK sessions of one channel server. */
final class SessionRegistry {
  private final Set<ChannelSession> sessions = ConcurrentHashMap.newKeySet();

  void add(ChannelSession s) {
    sessions.add(s);
  }

  void remove(ChannelSession s) {
    sessions.remove(s);
  }

  int size() {
    return sessions.size();
  }

  /** Active sessions that subscribe {@code topic}. */
  List<ChannelSession> subscribers(String topic) {
    List<ChannelSession> out = new ArrayList<>();
    for (ChannelSession s : sessions) {
      if (s.isActive() && s.topics().contains(topic)) {
        out.add(s);
      }
    }
    return out;
  }

  void closeAll() {
    sessions.forEach(ChannelSession::close);
  }
}
