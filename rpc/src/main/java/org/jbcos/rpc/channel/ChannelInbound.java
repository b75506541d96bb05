package org.jbcos.rpc.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.JsonRpcDispatcher;
import org.jbcos.rpc.RpcErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One SDK connection: routes each frame by type. */
final class ChannelInbound extends SimpleChannelInboundHandler<ChannelMessage> {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelInbound.class);

  private final ChannelServer server;
  private ChannelSession session;

  ChannelInbound(ChannelServer server) {
    this.server = server;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    if (server.sessions().size() >= server.settings().maxConnections()) {
      LOG.warn(
          "refused SDK {}: already {} connections",
          ctx.channel().remoteAddress(),
          server.sessions().size());
      ctx.close();
      return;
    }
    session = new ChannelSession(ctx.channel());
    server.sessions().add(session);
    super.channelActive(ctx);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (session != null) {
      server.sessions().remove(session);
      server.eventLogs().dropSession(session);
      session.failPending();
      LOG.info("SDK {} disconnected", session.remote());
    }
    super.channelInactive(ctx);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, ChannelMessage m) {
    if (session == null) {
      return;
    }
    if (session.completePending(m)) {
      return;
    }
    switch (m.type()) {
      case MessageType.RPC_REQUEST -> rpc(m);
      case MessageType.CLIENT_HEARTBEAT ->
          session.send(
              ChannelMessage.replyTo(m, Handshake.heartbeatReply(session.protocolVersion())));
      case MessageType.CLIENT_HANDSHAKE -> handshake(ctx, m);
      case MessageType.AMOP_CLIENT_SUBSCRIBE_TOPICS -> subscribe(m);
      case MessageType.AMOP_REQUEST -> server.amop().unicast(session, m);
      case MessageType.AMOP_MULTICAST -> server.amop().multicast(session, m);
      case MessageType.CLIENT_REGISTER_EVENT_LOG -> server.eventLogs().register(session, m);
      case MessageType.CLIENT_UNREGISTER_EVENT_LOG -> server.eventLogs().unregister(session, m);
      default -> LOG.debug("ignored {} from {}", m, session.remote());
    }
  }

  private void rpc(ChannelMessage m) {
    ChannelCall call = new ChannelCall(session, m.seq());
    boolean accepted =
        server
            .workers()
            .trySubmit(
                () -> {
                  try {
                    byte[] answer = server.dispatcher().handle(m.data(), call).orElse(null);
                    if (answer != null) {
                      session.send(ChannelMessage.replyTo(m, answer));
                    }
                  } finally {
                    call.replied();
                  }
                });
    if (!accepted) {
      session.send(
          ChannelMessage.replyTo(
              m, JsonRpcDispatcher.errorResponse(requestId(m), RpcErrors.overQpsLimit("request"))));
    }
  }

  private static JsonNode requestId(ChannelMessage m) {
    try {
      return Json.parse(m.data()).path("id");
    } catch (RuntimeException e) {
      return NullNode.getInstance();
    }
  }

  private void handshake(ChannelHandlerContext ctx, ChannelMessage m) {
    OptionalInt protocol = Handshake.negotiate(m.data());
    if (protocol.isEmpty()) {
      LOG.info(
          "SDK {} offered no protocol in 1..3 ({}); disconnecting", session.remote(), m.text());
      ctx.close();
      return;
    }
    session.protocolVersion(protocol.getAsInt());
    session.send(
        ChannelMessage.replyTo(m, Handshake.reply(server.nodeVersion(), protocol.getAsInt())));
  }

  private void subscribe(ChannelMessage m) {
    try {
      JsonNode topics = Json.parse(m.data());
      Set<String> set = new HashSet<>();
      if (topics.isArray()) {
        topics.forEach(t -> set.add(t.asText()));
        session.topics(set);
        return;
      }
    } catch (RuntimeException e) {
      // fall through
    }
    LOG.debug("ignored a malformed topic list from {}", session.remote());
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof SslHandshakeCompletionEvent done) {
      if (!done.isSuccess()) {
        LOG.info(
            "TLS handshake with {} failed: {}",
            ctx.channel().remoteAddress(),
            done.cause().toString());
        ctx.close();
        return;
      }
      SslHandler ssl = ctx.pipeline().get(SslHandler.class);
      try {
        server.tls().checkPeer(ssl.engine().getSession());
      } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
        LOG.info("refused SDK {}: {}", ctx.channel().remoteAddress(), e.getMessage());
        ctx.close();
        return;
      }
      LOG.info(
          "SDK {} connected ({} {})",
          ctx.channel().remoteAddress(),
          ssl.engine().getSession().getProtocol(),
          ssl.engine().getSession().getCipherSuite());
    } else if (evt instanceof IdleStateEvent) {
      LOG.debug("closing idle SDK connection {}", ctx.channel().remoteAddress());
      ctx.close();
      return;
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.info("closing SDK connection {}: {}", ctx.channel().remoteAddress(), cause.toString());
    ctx.close();
  }
}
