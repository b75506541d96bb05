package org.jbcos.network.frame;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the decrypted byte stream of a connection into {@link org.jbcos.network.P2pMessage}s. A
 * {@link FrameException} reaches the pipeline's exception handler, which closes the connection;
 * after one, the rest of the stream is discarded.
 */
public final class P2pFrameDecoder extends ByteToMessageDecoder {
  private final P2pFrameCodec codec;
  private boolean failed;

  public P2pFrameDecoder(P2pFrameCodec codec) {
    this.codec = codec;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    try {
      int length = codec.frameLength(in);
      if (length < 0 || in.readableBytes() < length) {
        return;
      }
      ByteBuf frame = in.readSlice(length);
      out.add(codec.decode(frame));
    } catch (FrameException e) {
      failed = true;
      in.skipBytes(in.readableBytes());
      throw e;
    }
  }
}
