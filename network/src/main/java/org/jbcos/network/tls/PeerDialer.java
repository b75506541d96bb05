package org.jbcos.network.tls;

import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jbcos.network.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one configured peer address connected: dials it, and after a failure or a lost connection
 * dials again after a delay that doubles up to the cap ({@code reconnectMin} … {@code
 * reconnectMax}); an admitted connection resets the delay. Stops for good when the address turns
 * out to be this node. While the peer is connected through another connection (it dialed us), it
 * only checks back now and then.
 */
final class PeerDialer {
  private static final Logger LOG = LoggerFactory.getLogger(PeerDialer.class);
  private static final int MAX_DOUBLINGS = 20;

  private final TlsP2pNetwork network;
  private final InetSocketAddress address;
  private final EventLoop loop;
  private final Duration min;
  private final Duration max;
  private int failures;
  private volatile NodeId knownId;
  private volatile boolean self;
  private volatile boolean stopped;

  PeerDialer(
      TlsP2pNetwork network,
      InetSocketAddress address,
      EventLoop loop,
      Duration min,
      Duration max) {
    this.network = network;
    this.address = address;
    this.loop = loop;
    this.min = min;
    this.max = max;
  }

  InetSocketAddress address() {
    return address;
  }

  void start() {
    loop.execute(this::attempt);
  }

  void stop() {
    stopped = true;
  }

  /** The handshake told who is at the address. */
  void learned(NodeId id, boolean isSelf) {
    knownId = id;
    if (isSelf && !self) {
      self = true;
      LOG.info("p2p: not dialing {} again: it is this node", address);
    }
  }

  /** A connection from this dialer was admitted: the next reconnect starts from the minimum. */
  void admitted() {
    loop.execute(() -> failures = 0);
  }

  private void attempt() {
    if (stopped || self) {
      return;
    }
    NodeId id = knownId;
    if (id != null && network.isConnected(id)) {
      schedule(min);
      return;
    }
    ChannelFuture connect = network.dial(this);
    connect.addListener(
        f -> {
          if (!f.isSuccess()) {
            LOG.debug("p2p: cannot connect to {}: {}", address, f.cause().getMessage());
            retryLater();
          } else {
            connect.channel().closeFuture().addListener(c -> retryLater());
          }
        });
  }

  private void retryLater() {
    loop.execute(
        () -> {
          Duration delay = delay();
          failures = Math.min(failures + 1, MAX_DOUBLINGS);
          schedule(delay);
        });
  }

  private Duration delay() {
    Duration d = min.multipliedBy(1L << failures);
    return d.compareTo(max) > 0 ? max : d;
  }

  private void schedule(Duration delay) {
    if (!stopped && !self) {
      loop.schedule(this::attempt, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
