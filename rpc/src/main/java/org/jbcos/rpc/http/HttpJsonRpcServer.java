package org.jbcos.rpc.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.jbcos.rpc.JsonRpcDispatcher;
import org.jbcos.rpc.RpcWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON-RPC HTTP listener (FISCO's {@code jsonrpc_listen_port}, 8545 by default). */
public final class HttpJsonRpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpJsonRpcServer.class);

  /** The largest request body accepted; larger ones get 413 and the connection is closed. */
  public static final int DEFAULT_MAX_BODY = 32 * 1024 * 1024;

  private static final int IDLE_SECONDS = 60;

  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final Channel listener;

  private HttpJsonRpcServer(EventLoopGroup boss, EventLoopGroup workers, Channel listener) {
    this.boss = boss;
    this.workers = workers;
    this.listener = listener;
  }

  /**
   * Binds and starts serving.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()})
   * @param maxBody the request body cap in bytes
   */
  public static HttpJsonRpcServer start(
      InetSocketAddress address, JsonRpcDispatcher dispatcher, RpcWorkers rpcWorkers, int maxBody)
      throws InterruptedException {
    EventLoopGroup boss = new NioEventLoopGroup(1);
    EventLoopGroup io = new NioEventLoopGroup(1);
    try {
      Channel listener =
          new ServerBootstrap()
              .group(boss, io)
              .channel(NioServerSocketChannel.class)
              .option(ChannelOption.SO_BACKLOG, 1024)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      ch.pipeline()
                          .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                          .addLast(new HttpServerCodec())
                          .addLast(new HttpObjectAggregator(maxBody))
                          .addLast(new HttpJsonRpcHandler(dispatcher, rpcWorkers));
                    }
                  })
              .bind(address)
              .sync()
              .channel();
      HttpJsonRpcServer server = new HttpJsonRpcServer(boss, io, listener);
      LOG.info("JSON-RPC HTTP server listening on {}", listener.localAddress());
      return server;
    } catch (InterruptedException | RuntimeException e) {
      boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      io.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      throw e;
    }
  }

  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  @Override
  public void close() {
    listener.close().syncUninterruptibly();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
