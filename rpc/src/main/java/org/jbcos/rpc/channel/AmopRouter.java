package org.jbcos.rpc.channel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AMOP between the SDKs of this node (sdk-wire.md §1.12). A unicast 0x30 goes, unchanged, to one
 * random session subscribed to its topic; that session's 0x31 answer goes back unchanged. Multicast
 * 0x35 goes to every subscriber and is acknowledged with a 0x31. Not yet: forwarding to other nodes
 * over P2P, private-topic verification (0x37/0x38) and the bandwidth limit.
 */
final class AmopRouter {
  private static final Logger LOG = LoggerFactory.getLogger(AmopRouter.class);

  /** FISCO's REMOTE_PEER_UNAVAILABLE: nobody subscribes the topic. */
  static final int NO_SUBSCRIBER = 100;

  /** FISCO's TIMEOUT: every subscriber failed or stayed silent. */
  static final int TIMEOUT = 102;

  static final long FORWARD_TIMEOUT_MILLIS = 5000;

  private final SessionRegistry sessions;

  AmopRouter(SessionRegistry sessions) {
    this.sessions = sessions;
  }

  void unicast(ChannelSession from, ChannelMessage request) {
    String topic;
    try {
      topic = TopicBody.topic(request.data());
    } catch (IllegalArgumentException e) {
      LOG.debug("malformed AMOP request from {}: {}", from.remote(), e.getMessage());
      from.send(failure(request, NO_SUBSCRIBER));
      return;
    }
    List<ChannelSession> targets = new ArrayList<>(sessions.subscribers(topic));
    if (targets.isEmpty()) {
      from.send(failure(request, NO_SUBSCRIBER));
      return;
    }
    Collections.shuffle(targets);
    forward(from, request, targets, 0);
  }

  private void forward(
      ChannelSession from, ChannelMessage request, List<ChannelSession> targets, int next) {
    if (next == targets.size()) {
      from.send(failure(request, TIMEOUT));
      return;
    }
    targets
        .get(next)
        .request(request, FORWARD_TIMEOUT_MILLIS)
        .whenComplete(
            (answer, error) -> {
              if (error == null) {
                from.send(answer);
              } else {
                forward(from, request, targets, next + 1);
              }
            });
  }

  void multicast(ChannelSession from, ChannelMessage message) {
    try {
      String topic = TopicBody.topic(message.data());
      for (ChannelSession s : sessions.subscribers(topic)) {
        s.send(message);
      }
    } catch (IllegalArgumentException e) {
      LOG.debug("malformed AMOP multicast from {}: {}", from.remote(), e.getMessage());
    }
    from.send(new ChannelMessage(MessageType.AMOP_RESPONSE, message.seq(), 0, message.data()));
  }

  private static ChannelMessage failure(ChannelMessage request, int code) {
    return new ChannelMessage(MessageType.AMOP_RESPONSE, request.seq(), code, new byte[0]);
  }
}
