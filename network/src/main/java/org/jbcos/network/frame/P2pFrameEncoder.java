package org.jbcos.network.frame;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.jbcos.network.P2pMessage;

/** Writes {@link P2pMessage}s as frames. */
public final class P2pFrameEncoder extends MessageToByteEncoder<P2pMessage> {
  private final P2pFrameCodec codec;

  public P2pFrameEncoder(P2pFrameCodec codec) {
    super(P2pMessage.class);
    this.codec = codec;
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, P2pMessage message, ByteBuf out) {
    codec.encode(message, out);
  }
}
