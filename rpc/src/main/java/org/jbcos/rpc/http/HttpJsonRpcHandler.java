package org.jbcos.rpc.http;

import com.fasterxml.jackson.databind.node.NullNode;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.Optional;
import org.jbcos.rpc.CallContext;
import org.jbcos.rpc.JsonRpcDispatcher;
import org.jbcos.rpc.RpcErrors;
import org.jbcos.rpc.RpcException;
import org.jbcos.rpc.RpcWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One HTTP connection: POST bodies are JSON-RPC requests; everything else is refused clearly. */
final class HttpJsonRpcHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = LoggerFactory.getLogger(HttpJsonRpcHandler.class);

  private final JsonRpcDispatcher dispatcher;
  private final RpcWorkers rpcWorkers;

  HttpJsonRpcHandler(JsonRpcDispatcher dispatcher, RpcWorkers rpcWorkers) {
    this.dispatcher = dispatcher;
    this.rpcWorkers = rpcWorkers;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (request.decoderResult().isFailure()) {
      reply(
          ctx,
          HttpResponseStatus.BAD_REQUEST,
          error(RpcErrors.invalidRequest("malformed HTTP request")),
          false);
      return;
    }
    if (!HttpMethod.POST.equals(request.method())) {
      FullHttpResponse response =
          response(
              HttpResponseStatus.METHOD_NOT_ALLOWED,
              error(
                  RpcErrors.invalidRequest(
                      "JSON-RPC requests are HTTP POSTs, not " + request.method())));
      response.headers().set(HttpHeaderNames.ALLOW, "POST");
      write(ctx, response, keepAlive);
      return;
    }
    byte[] body = ByteBufUtil.getBytes(request.content());
    // one request at a time per connection keeps pipelined answers in order
    ctx.channel().config().setAutoRead(false);
    boolean accepted =
        rpcWorkers.trySubmit(
            () -> {
              Optional<byte[]> answer = dispatcher.handle(body, CallContext.HTTP);
              if (answer.isPresent()) {
                reply(ctx, HttpResponseStatus.OK, answer.get(), keepAlive);
              } else {
                write(ctx, response(HttpResponseStatus.NO_CONTENT, new byte[0]), keepAlive);
              }
            });
    if (!accepted) {
      reply(
          ctx,
          HttpResponseStatus.SERVICE_UNAVAILABLE,
          error(RpcErrors.overQpsLimit("request")),
          keepAlive);
    }
  }

  private static byte[] error(RpcException e) {
    return JsonRpcDispatcher.errorResponse(NullNode.getInstance(), e);
  }

  private static void reply(
      ChannelHandlerContext ctx, HttpResponseStatus status, byte[] body, boolean keepAlive) {
    write(ctx, response(status, body), keepAlive);
  }

  private static FullHttpResponse response(HttpResponseStatus status, byte[] body) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    if (body.length > 0) {
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
    }
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    return response;
  }

  private static void write(
      ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
    if (keepAlive) {
      HttpUtil.setKeepAlive(response, true);
      ctx.writeAndFlush(response);
      ctx.channel().config().setAutoRead(true);
    } else {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof IdleStateEvent) {
      ctx.close();
      return;
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("HTTP connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
    ctx.close();
  }
}
