package org.jbcos.rpc.channel;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageCodec;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Frames ⇄ {@link ChannelMessage}s. A length below the header size or above the cap is an error
 * that closes this connection (FISCO drops connections over 100 MiB frames); nothing is buffered
 * beyond one frame.
 */
final class ChannelFrameCodec extends ByteToMessageCodec<ChannelMessage> {
  private final int maxFrameLength;

  ChannelFrameCodec(int maxFrameLength) {
    this.maxFrameLength = maxFrameLength;
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, ChannelMessage m, ByteBuf out) {
    out.writeInt(ChannelMessage.HEADER_LENGTH + m.data().length);
    out.writeShort(m.type());
    out.writeBytes(m.seq().getBytes(StandardCharsets.ISO_8859_1));
    out.writeInt(m.result());
    out.writeBytes(m.data());
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (in.readableBytes() < 4) {
      return;
    }
    long length = in.getUnsignedInt(in.readerIndex());
    if (length < ChannelMessage.HEADER_LENGTH) {
      throw new CorruptedFrameException("frame length " + length + " is below the 42-byte header");
    }
    if (length > maxFrameLength) {
      throw new TooLongFrameException(
          "frame length " + length + " exceeds the limit of " + maxFrameLength + " bytes");
    }
    if (in.readableBytes() < length) {
      return;
    }
    in.skipBytes(4);
    int type = in.readUnsignedShort();
    String seq =
        in.readCharSequence(ChannelMessage.SEQ_LENGTH, StandardCharsets.ISO_8859_1).toString();
    int result = in.readInt();
    byte[] data = new byte[(int) length - ChannelMessage.HEADER_LENGTH];
    in.readBytes(data);
    out.add(new ChannelMessage(type, seq, result, data));
  }
}
