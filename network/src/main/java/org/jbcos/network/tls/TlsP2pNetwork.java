package org.jbcos.network.tls;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jbcos.network.MessageHandler;
import org.jbcos.network.MessageRouter;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pException;
import org.jbcos.network.P2pMessage;
import org.jbcos.network.P2pNetwork;
import org.jbcos.network.P2pSettings;
import org.jbcos.network.PeerListener;
import org.jbcos.network.frame.P2pFrameCodec;
import org.jbcos.network.frame.P2pFrameDecoder;
import org.jbcos.network.frame.P2pFrameEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The P2P network over mutual TLS with Netty: listens on {@code [p2p] listen_ip:listen_port}, dials
 * every configured peer and keeps it connected, one connection per peer.
 *
 * <ul>
 *   <li>Identity: a peer's node id is the key of its TLS leaf certificate, which must chain to the
 *       chain CA. A connection to this node itself is refused; {@code certificate_blacklist} and
 *       {@code certificate_whitelist} are enforced right after the handshake.
 *   <li>Duplicates: when both nodes dial each other, both keep the connection dialed by the node
 *       with the smaller id; a newer connection dialed by the same side replaces the older one.
 *   <li>Liveness: a heartbeat frame (protocol id 0) after {@code heartbeatInterval} without
 *       sending; a connection that received nothing for {@code idleTimeout} is closed.
 *   <li>Bad input: a frame that breaks the framing rules closes its connection only.
 * </ul>
 *
 * Handlers and listeners run on the network's I/O threads, in order per peer.
 */
public final class TlsP2pNetwork implements P2pNetwork {
  private static final Logger LOG = LoggerFactory.getLogger(TlsP2pNetwork.class);
  private static final int IO_THREADS = 2;
  private static final String FRAME_DECODER = "frames";

  private final P2pSettings settings;
  private final P2pTls tls;
  private final NodeId self;
  private final P2pFrameCodec codec;
  private final EventLoopGroup boss = new NioEventLoopGroup(1);
  private final EventLoopGroup io = new NioEventLoopGroup(IO_THREADS);
  private final MessageRouter router;
  private final Map<NodeId, PeerConnection> sessions = new ConcurrentHashMap<>();
  private final List<PeerDialer> dialers = new ArrayList<>();
  private final Set<Channel> channels = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private Channel listener;

  private TlsP2pNetwork(P2pSettings settings, NodeCertificates certificates) {
    this.settings = settings;
    this.tls = P2pTls.of(certificates);
    this.self = certificates.nodeId();
    this.codec = new P2pFrameCodec(settings.enableCompress(), settings.maxFrameLength());
    this.router =
        new MessageRouter(
            (delay, task) -> {
              var future = io.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
              return () -> future.cancel(false);
            });
  }

  /**
   * Reads the certificates named in {@code settings}, binds the listener and starts dialing.
   *
   * @throws P2pException if the certificates are unusable or the port cannot be bound
   */
  public static TlsP2pNetwork start(P2pSettings settings) {
    return start(
        settings,
        NodeCertificates.fromFiles(settings.caCert(), settings.nodeCert(), settings.nodeKey()));
  }

  /** Like {@link #start(P2pSettings)} with credentials already loaded (the paths are ignored). */
  public static TlsP2pNetwork start(P2pSettings settings, NodeCertificates certificates) {
    TlsP2pNetwork network = new TlsP2pNetwork(settings, certificates);
    try {
      network.bind();
    } catch (RuntimeException e) {
      network.close();
      throw e;
    }
    network.startDialing();
    return network;
  }

  private void bind() {
    ChannelFuture bound =
        new ServerBootstrap()
            .group(boss, io)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 128)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(pipeline(Optional.empty()))
            .bind(settings.listen())
            .awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new P2pException(
          "cannot listen for P2P on " + settings.listen() + ": " + bound.cause().getMessage(),
          bound.cause());
    }
    listener = bound.channel();
    LOG.info(
        "p2p: node {} listening on {} ({}), {} configured peers",
        self.shortHex(),
        listener.localAddress(),
        tls.mode(),
        settings.peers().size());
  }

  private void startDialing() {
    synchronized (dialers) {
      for (InetSocketAddress address : settings.peers()) {
        PeerDialer dialer =
            new PeerDialer(
                this, address, io.next(), settings.reconnectMin(), settings.reconnectMax());
        dialers.add(dialer);
        dialer.start();
      }
    }
  }

  private ChannelInitializer<SocketChannel> pipeline(Optional<PeerDialer> dialer) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        if (closed.get()) {
          ch.close();
          return;
        }
        channels.add(ch);
        ch.closeFuture().addListener(f -> channels.remove(ch));
        ch.pipeline()
            .addLast(tls.newHandler(ch.alloc(), dialer.isPresent()))
            .addLast(FRAME_DECODER, new P2pFrameDecoder(codec))
            .addLast(new P2pFrameEncoder(codec))
            .addLast(new PeerConnection(TlsP2pNetwork.this, tls, dialer));
      }
    };
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  ChannelFuture dial(PeerDialer dialer) {
    return new Bootstrap()
        .group(io)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
        .handler(pipeline(Optional.of(dialer)))
        .connect(dialer.address());
  }

  /** "protocol cipher-suite" of the connection to {@code peer}, empty if not connected. */
  String tlsDescription(NodeId peer) {
    PeerConnection c = sessions.get(peer);
    return c == null ? "" : c.tlsDescription();
  }

  boolean isConnected(NodeId peer) {
    return sessions.containsKey(peer);
  }

  /** A connection finished its handshake: refuse it, keep it, or keep it instead of another. */
  void admit(PeerConnection connection) {
    NodeId peer = connection.peerId();
    connection.dialer().ifPresent(d -> d.learned(peer, peer.equals(self)));
    if (peer.equals(self)) {
      connection.close("the peer is this node");
      return;
    }
    Optional<String> refusal = settings.refusalOf(peer);
    if (refusal.isPresent()) {
      LOG.warn(
          "p2p: refusing node {} at {}: {}",
          peer.toHex(),
          connection.remoteAddress(),
          refusal.get());
      connection.close("refused");
      return;
    }
    PeerConnection replaced;
    synchronized (sessions) {
      if (closed.get()) {
        connection.close("the network is closing");
        return;
      }
      PeerConnection existing = sessions.get(peer);
      if (existing != null && !keepNewer(existing, connection)) {
        connection.close("duplicate of the connection " + existing.describe());
        return;
      }
      connection.markAdmitted(idleHandler());
      sessions.put(peer, connection);
      replaced = existing;
    }
    connection.dialer().ifPresent(PeerDialer::admitted);
    if (replaced != null) {
      replaced.close("replaced by the connection " + connection.describe());
      return;
    }
    LOG.info(
        "p2p: connected to node {} at {} ({}), {} peers",
        peer.shortHex(),
        connection.remoteAddress(),
        connection.dialed() ? "dialed" : "inbound",
        sessions.size());
    router.peerConnected(peer);
  }

  /** Heartbeats and the idle timeout start once a connection is admitted. */
  private IdleStateHandler idleHandler() {
    return new IdleStateHandler(
        settings.idleTimeout().toMillis(),
        settings.heartbeatInterval().toMillis(),
        0,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Both nodes must pick the same of two connections: the one dialed by the smaller node id; of two
   * dialed by the same node, the newer.
   */
  private boolean keepNewer(PeerConnection existing, PeerConnection newer) {
    NodeId peer = newer.peerId();
    NodeId preferredDialer = self.compareTo(peer) < 0 ? self : peer;
    boolean existingPreferred = dialerOf(existing).equals(preferredDialer);
    boolean newerPreferred = dialerOf(newer).equals(preferredDialer);
    return newerPreferred || !existingPreferred;
  }

  private NodeId dialerOf(PeerConnection c) {
    return c.dialed() ? self : c.peerId();
  }

  void closed(PeerConnection connection) {
    NodeId peer = connection.peerId();
    if (peer == null) {
      return;
    }
    boolean removed;
    synchronized (sessions) {
      removed = sessions.remove(peer, connection);
    }
    if (removed) {
      LOG.info(
          "p2p: disconnected from node {} at {}, {} peers",
          peer.shortHex(),
          connection.remoteAddress(),
          sessions.size());
      router.peerDisconnected(peer);
    }
  }

  void deliver(NodeId from, P2pMessage message) {
    try {
      router.deliver(from, message);
    } catch (RuntimeException e) {
      LOG.warn(
          "p2p: the handler of module {} failed on a message from {}",
          message.moduleId(),
          from.shortHex(),
          e);
    }
  }

  @Override
  public NodeId self() {
    return self;
  }

  @Override
  public boolean send(NodeId to, int protocolId, int packetType, byte[] payload) {
    return sendMessage(to, new P2pMessage(protocolId, packetType, router.nextSeq(), payload));
  }

  private boolean sendMessage(NodeId to, P2pMessage message) {
    PeerConnection c = sessions.get(to);
    return c != null && c.send(message);
  }

  @Override
  public int broadcast(Collection<NodeId> to, int protocolId, int packetType, byte[] payload) {
    int sent = 0;
    for (NodeId peer : to) {
      if (sendMessage(peer, new P2pMessage(protocolId, packetType, router.nextSeq(), payload))) {
        sent++;
      }
    }
    return sent;
  }

  @Override
  public CompletableFuture<P2pMessage> request(
      NodeId to, int protocolId, int packetType, byte[] payload, Duration timeout) {
    int seq = router.nextSeq();
    CompletableFuture<P2pMessage> response = router.expectResponse(to, seq, timeout);
    if (!sendMessage(to, new P2pMessage(protocolId, packetType, seq, payload))) {
      router.abandon(to, seq, new P2pException("peer " + to.shortHex() + " is not connected"));
    }
    return response;
  }

  @Override
  public boolean respond(NodeId to, P2pMessage request, byte[] payload) {
    return sendMessage(to, request.response(payload));
  }

  @Override
  public void registerHandler(int moduleId, MessageHandler handler) {
    router.registerHandler(moduleId, handler);
  }

  @Override
  public Set<NodeId> connectedPeers() {
    return Set.copyOf(sessions.keySet());
  }

  @Override
  public void addPeerListener(PeerListener listener) {
    router.addPeerListener(listener);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (dialers) {
      dialers.forEach(PeerDialer::stop);
    }
    if (listener != null) {
      listener.close().awaitUninterruptibly();
    }
    for (Channel c : List.copyOf(channels)) {
      c.close().awaitUninterruptibly();
    }
    router.failAll("the P2P network is closed");
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    io.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    LOG.info("p2p: node {} stopped", self.shortHex());
  }
}
