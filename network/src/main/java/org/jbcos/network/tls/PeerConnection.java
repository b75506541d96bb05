package org.jbcos.network.tls;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.SocketAddress;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pMessage;
import org.jbcos.network.frame.FrameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TLS connection to a peer, inbound or dialed, as the last handler of its pipeline. It learns
 * the peer's node id at the end of the handshake and asks the network to admit it; until then, and
 * after it is refused or superseded, it delivers nothing.
 */
final class PeerConnection extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(PeerConnection.class);

  /** The heartbeat: protocol id 0 (group 0, module 0), packet type 0, no payload. */
  static final P2pMessage HEARTBEAT = new P2pMessage(0, 0, 0, new byte[0]);

  private static final String IDLE = "idle";

  private final TlsP2pNetwork network;
  private final P2pTls tls;
  private final Optional<PeerDialer> dialer;
  private volatile Channel channel;
  private volatile NodeId peerId;
  private volatile boolean admitted;

  PeerConnection(TlsP2pNetwork network, P2pTls tls, Optional<PeerDialer> dialer) {
    this.network = network;
    this.tls = tls;
    this.dialer = dialer;
  }

  /** Whether this node dialed the connection. */
  boolean dialed() {
    return dialer.isPresent();
  }

  Optional<PeerDialer> dialer() {
    return dialer;
  }

  NodeId peerId() {
    return peerId;
  }

  SocketAddress remoteAddress() {
    Channel c = channel;
    return c == null ? null : c.remoteAddress();
  }

  /** The negotiated TLS protocol and cipher suite, for tests and diagnostics. */
  String tlsDescription() {
    Channel c = channel;
    SslHandler ssl = c == null ? null : c.pipeline().get(SslHandler.class);
    if (ssl == null) {
      return "";
    }
    return ssl.engine().getSession().getProtocol()
        + " "
        + ssl.engine().getSession().getCipherSuite();
  }

  /** Lets messages through and starts heartbeats and the idle timeout. */
  void markAdmitted(IdleStateHandler idle) {
    admitted = true;
    Channel c = channel;
    c.eventLoop()
        .execute(
            () -> {
              if (c.isOpen()) {
                c.pipeline().addFirst(IDLE, idle);
              }
            });
  }

  /** Writes a message; a message the codec refuses (too large) is logged and dropped. */
  boolean send(P2pMessage message) {
    Channel c = channel;
    if (c == null || !c.isActive()) {
      return false;
    }
    c.writeAndFlush(message)
        .addListener(
            (ChannelFutureListener)
                f -> {
                  if (!f.isSuccess() && f.cause() instanceof Exception e && isFrameError(e)) {
                    LOG.warn("p2p: not sent to {}: {}", peerId.shortHex(), rootMessage(f.cause()));
                  }
                });
    return true;
  }

  /** Closes the connection, logging why. */
  void close(String reason) {
    Channel c = channel;
    if (c != null && c.isOpen()) {
      LOG.info("p2p: closing connection {} {}: {}", describe(), c.remoteAddress(), reason);
      c.close();
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    channel = ctx.channel();
    super.channelActive(ctx);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof SslHandshakeCompletionEvent done) {
      if (!done.isSuccess()) {
        LOG.info(
            "p2p: TLS handshake with {} failed: {}",
            ctx.channel().remoteAddress(),
            rootMessage(done.cause()));
        ctx.close();
        return;
      }
      try {
        peerId = tls.peerId(ctx.pipeline().get(SslHandler.class).engine().getSession());
      } catch (SSLPeerUnverifiedException e) {
        LOG.warn("p2p: refusing {}: {}", ctx.channel().remoteAddress(), e.getMessage());
        ctx.close();
        return;
      }
      network.admit(this);
    } else if (event instanceof IdleStateEvent idle) {
      if (idle.state() == IdleState.WRITER_IDLE) {
        if (admitted) {
          ctx.writeAndFlush(HEARTBEAT);
        }
      } else if (idle.state() == IdleState.READER_IDLE) {
        close("nothing received within the idle timeout");
      }
    } else {
      super.userEventTriggered(ctx, event);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!admitted || !(msg instanceof P2pMessage message)) {
      return;
    }
    if (message.protocolId() == 0) {
      return; // heartbeat
    }
    network.deliver(peerId, message);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    network.closed(this);
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (isFrameError(cause)) {
      close("bad frame: " + rootMessage(cause));
    } else {
      close(cause.getClass().getSimpleName() + ": " + rootMessage(cause));
    }
  }

  String describe() {
    NodeId id = peerId;
    return (id == null ? "(before handshake)" : id.shortHex())
        + (dialed() ? " (dialed)" : " (inbound)");
  }

  private static boolean isFrameError(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof FrameException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
  }
}
