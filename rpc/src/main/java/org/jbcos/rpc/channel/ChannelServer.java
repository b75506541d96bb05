package org.jbcos.rpc.channel;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.JsonRpcDispatcher;
import org.jbcos.rpc.RpcWorkers;
import org.jbcos.rpc.backend.NodeBackend;
import org.jbcos.rpc.tls.ChannelTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK channel listener (FISCO's {@code channel_listen_port}, 20200 by default), and the pushes
 * the node calls: {@link #pushBlockNumber}. Transaction receipts are pushed from the outcome the
 * pool returns for each submission (see {@link org.jbcos.rpc.backend.Admission}).
 */
public final class ChannelServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelServer.class);

  /**
   * Limits of the channel server.
   *
   * @param maxFrameLength a frame above this closes its connection (FISCO: 100 MiB)
   * @param idleSeconds a connection silent this long is closed (FISCO: 60 s; the SDK sends
   *     heartbeats every 2 s)
   * @param maxEventLogFilters registered event-log filters across all sessions
   * @param maxConnections SDK connections at once; further ones are closed on arrival
   */
  public record Settings(
      int maxFrameLength, int idleSeconds, int maxEventLogFilters, int maxConnections) {
    public Settings {
      if (maxFrameLength <= ChannelMessage.HEADER_LENGTH
          || idleSeconds < 1
          || maxEventLogFilters < 0
          || maxConnections < 1) {
        throw new IllegalArgumentException("channel server limits out of range: " + this);
      }
    }

    public static Settings defaults() {
      return new Settings(100 * 1024 * 1024, 60, 10_000, 1_000);
    }
  }

  private final JsonRpcDispatcher dispatcher;
  private final NodeBackend node;
  private final RpcWorkers workers;
  private final ChannelTls tls;
  private final Settings settings;
  private final SessionRegistry sessions = new SessionRegistry();
  private final AmopRouter amop = new AmopRouter(sessions);
  private final EventLogService eventLogs;
  private final EventLoopGroup boss = new NioEventLoopGroup(1);
  private final EventLoopGroup io = new NioEventLoopGroup(1);
  private Channel listener;

  private ChannelServer(
      JsonRpcDispatcher dispatcher,
      NodeBackend node,
      RpcWorkers workers,
      ChannelTls tls,
      Settings settings) {
    this.dispatcher = dispatcher;
    this.node = node;
    this.workers = workers;
    this.tls = tls;
    this.settings = settings;
    this.eventLogs = new EventLogService(node, settings.maxEventLogFilters());
  }

  /**
   * Binds and starts serving.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()})
   */
  public static ChannelServer start(
      InetSocketAddress address,
      ChannelTls tls,
      JsonRpcDispatcher dispatcher,
      NodeBackend node,
      RpcWorkers workers,
      Settings settings)
      throws InterruptedException {
    ChannelServer server = new ChannelServer(dispatcher, node, workers, tls, settings);
    try {
      server.listener =
          new ServerBootstrap()
              .group(server.boss, server.io)
              .channel(NioServerSocketChannel.class)
              .option(ChannelOption.SO_BACKLOG, 1024)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      ch.pipeline()
                          .addLast(tls.newHandler(ch.alloc()))
                          .addLast(
                              new IdleStateHandler(0, 0, settings.idleSeconds(), TimeUnit.SECONDS))
                          .addLast(new ChannelFrameCodec(settings.maxFrameLength()))
                          .addLast(new ChannelInbound(server));
                    }
                  })
              .bind(address)
              .sync()
              .channel();
    } catch (InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
    LOG.info("channel server listening on {}", server.listener.localAddress());
    return server;
  }

  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** Connected SDK sessions. */
  public int sessionCount() {
    return sessions.size();
  }

  /** Connected sessions that subscribe an AMOP or block-notify topic. */
  public int subscriberCount(String topic) {
    return sessions.subscribers(topic).size();
  }

  /**
   * Tells the SDKs subscribed to {@code _block_notify_<groupId>} that the group reached {@code
   * blockNumber} (0x1001), and wakes the event-log scanner. Call on every committed block.
   */
  public void pushBlockNumber(int groupId, long blockNumber) {
    String topic = "_block_notify_" + groupId;
    for (ChannelSession s : sessions.subscribers(topic)) {
      byte[] payload;
      if (s.protocolVersion() >= 2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("blockNumber", blockNumber);
        m.put("groupID", groupId);
        payload = Handshake.withNewline(Json.write(m));
      } else {
        payload = (groupId + "," + blockNumber).getBytes(StandardCharsets.UTF_8);
      }
      s.send(
          new ChannelMessage(
              MessageType.BLOCK_NOTIFY,
              ChannelMessage.ZERO_SEQ,
              0,
              TopicBody.encode(topic, payload)));
    }
    eventLogs.poke();
  }

  JsonRpcDispatcher dispatcher() {
    return dispatcher;
  }

  RpcWorkers workers() {
    return workers;
  }

  ChannelTls tls() {
    return tls;
  }

  Settings settings() {
    return settings;
  }

  SessionRegistry sessions() {
    return sessions;
  }

  AmopRouter amop() {
    return amop;
  }

  EventLogService eventLogs() {
    return eventLogs;
  }

  String nodeVersion() {
    return node.clientVersion().supportedVersion();
  }

  @Override
  public void close() {
    if (listener != null) {
      listener.close().syncUninterruptibly();
    }
    sessions.closeAll();
    eventLogs.close();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
