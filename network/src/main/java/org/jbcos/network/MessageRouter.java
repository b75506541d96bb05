package org.jbcos.network;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The part of a {@link P2pNetwork} that does not depend on the transport: sequence numbers, the
 * handler per module, requests waiting for their response, and the peer listeners. Shared by the
 * implementations; thread-safe.
 */
public final class MessageRouter {
  /** Runs a task after a delay; returns an action that cancels it. */
  @FunctionalInterface
  public interface DelayScheduler {
    Runnable schedule(Duration delay, Runnable task);
  }

  private record Pending(NodeId peer, int seq) {}

  private final DelayScheduler scheduler;
  private final AtomicInteger seq = new AtomicInteger();
  private final Map<Integer, MessageHandler> handlers = new ConcurrentHashMap<>();
  private final Map<Pending, CompletableFuture<P2pMessage>> pending = new ConcurrentHashMap<>();
  private final List<PeerListener> listeners = new CopyOnWriteArrayList<>();

  public MessageRouter(DelayScheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** A fresh sequence number, never 0. */
  public int nextSeq() {
    int s;
    do {
      s = seq.incrementAndGet();
    } while (s == 0);
    return s;
  }

  public void registerHandler(int moduleId, MessageHandler handler) {
    if (moduleId <= ModuleId.NETWORK || moduleId > ModuleId.MAX) {
      throw new IllegalArgumentException("module id out of range 1..65535: " + moduleId);
    }
    handlers.put(moduleId, handler);
  }

  public void addPeerListener(PeerListener listener) {
    listeners.add(listener);
  }

  /**
   * Registers a request to {@code peer} before it is sent; the future times out after {@code
   * timeout} unless {@link #deliver} sees the response first.
   */
  public CompletableFuture<P2pMessage> expectResponse(NodeId peer, int seq, Duration timeout) {
    Pending key = new Pending(peer, seq);
    CompletableFuture<P2pMessage> future = new CompletableFuture<>();
    pending.put(key, future);
    Runnable cancelTimer =
        scheduler.schedule(
            timeout,
            () -> {
              if (pending.remove(key, future)) {
                future.completeExceptionally(
                    new TimeoutException(
                        "no response from " + peer.shortHex() + " within " + timeout));
              }
            });
    future.whenComplete((m, e) -> cancelTimer.run());
    return future;
  }

  /** Fails a request that could not be sent. */
  public void abandon(NodeId peer, int seq, Throwable reason) {
    CompletableFuture<P2pMessage> future = pending.remove(new Pending(peer, seq));
    if (future != null) {
      future.completeExceptionally(reason);
    }
  }

  /**
   * Hands a received message to the request waiting for it or else to its module's handler.
   *
   * @return false if nobody took it (no handler for the module)
   */
  public boolean deliver(NodeId from, P2pMessage message) {
    if (message.isResponse()) {
      CompletableFuture<P2pMessage> future = pending.remove(new Pending(from, message.seq()));
      if (future != null) {
        future.complete(message);
        return true;
      }
    }
    MessageHandler handler = handlers.get(message.moduleId());
    if (handler == null) {
      return false;
    }
    handler.onMessage(from, message);
    return true;
  }

  public void peerConnected(NodeId peer) {
    for (PeerListener l : listeners) {
      l.onConnected(peer);
    }
  }

  /** Tells the listeners and fails the requests waiting for {@code peer}. */
  public void peerDisconnected(NodeId peer) {
    for (Pending key : List.copyOf(pending.keySet())) {
      if (key.peer().equals(peer)) {
        abandon(peer, key.seq(), new P2pException("peer " + peer.shortHex() + " disconnected"));
      }
    }
    for (PeerListener l : listeners) {
      l.onDisconnected(peer);
    }
  }

  /** Fails every waiting request, e.g. on close. */
  public void failAll(String reason) {
    for (Pending key : List.copyOf(pending.keySet())) {
      abandon(key.peer(), key.seq(), new P2pException(reason));
    }
  }
}
