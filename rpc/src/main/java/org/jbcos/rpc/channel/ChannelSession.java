package org.jbcos.rpc.channel;

import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One SDK connection: its negotiated protocol, its subscribed topics and the requests the node sent
 * it and awaits answers to (AMOP forwards).
 */
public final class ChannelSession {
  private final Channel channel;
  private volatile int protocolVersion = 1;
  private volatile Set<String> topics = Set.of();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  private record Pending(CompletableFuture<ChannelMessage> answer, ScheduledFuture<?> timeout) {}

  ChannelSession(Channel channel) {
    this.channel = channel;
  }

  public int protocolVersion() {
    return protocolVersion;
  }

  void protocolVersion(int version) {
    protocolVersion = version;
  }

  public Set<String> topics() {
    return topics;
  }

  void topics(Set<String> newTopics) {
    topics = Set.copyOf(newTopics);
  }

  public boolean isActive() {
    return channel.isActive();
  }

  String remote() {
    return String.valueOf(channel.remoteAddress());
  }

  /** Queues a frame; frames sent from one thread go out in that order. */
  public void send(ChannelMessage message) {
    channel.writeAndFlush(message);
  }

  /**
   * Queues a frame after {@code delayMillis} on the connection's event loop (dropped if the
   * connection is gone by then).
   */
  void sendLater(ChannelMessage message, long delayMillis) {
    channel.eventLoop().schedule(() -> send(message), delayMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Sends a request and completes with the frame the SDK answers with the same seq, or fails after
   * {@code timeoutMillis} or when the connection closes.
   */
  CompletableFuture<ChannelMessage> request(ChannelMessage message, long timeoutMillis) {
    CompletableFuture<ChannelMessage> answer = new CompletableFuture<>();
    ScheduledFuture<?> timeout =
        channel
            .eventLoop()
            .schedule(
                () -> {
                  if (pending.remove(message.seq()) != null) {
                    answer.completeExceptionally(
                        new TimeoutException("no answer to " + message + " from " + remote()));
                  }
                },
                timeoutMillis,
                TimeUnit.MILLISECONDS);
    if (pending.putIfAbsent(message.seq(), new Pending(answer, timeout)) != null) {
      timeout.cancel(false);
      answer.completeExceptionally(
          new IllegalStateException("a request with seq " + message.seq() + " is already open"));
      return answer;
    }
    channel
        .writeAndFlush(message)
        .addListener(
            f -> {
              if (!f.isSuccess() && pending.remove(message.seq()) != null) {
                timeout.cancel(false);
                answer.completeExceptionally(f.cause());
              }
            });
    return answer;
  }

  /** True if {@code message} answers a request of ours (then it is consumed). */
  boolean completePending(ChannelMessage message) {
    Pending p = pending.remove(message.seq());
    if (p == null) {
      return false;
    }
    p.timeout().cancel(false);
    p.answer().complete(message);
    return true;
  }

  void failPending() {
    for (String seq : pending.keySet()) {
      Pending p = pending.remove(seq);
      if (p != null) {
        p.timeout().cancel(false);
        p.answer().completeExceptionally(new IllegalStateException("connection closed"));
      }
    }
  }

  void close() {
    channel.close();
  }
}
