package org.jbcos.rpc.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChannelFrameCodecTest {
  private static final String SEQ = "0123456789abcdef0123456789abcdef";

  private static ByteBuf encode(ChannelMessage m) {
    EmbeddedChannel out = new EmbeddedChannel(new ChannelFrameCodec(1024));
    out.writeOutbound(m);
    return out.readOutbound();
  }

  @Test
  void encodesTheFortyTwoByteHeaderBigEndian() {
    ByteBuf b = encode(new ChannelMessage(0x1000, SEQ, -1, "ab".getBytes(StandardCharsets.UTF_8)));
    assertThat(b.readableBytes()).isEqualTo(44);
    assertThat(b.readInt()).isEqualTo(44);
    assertThat(b.readUnsignedShort()).isEqualTo(0x1000);
    assertThat(b.readCharSequence(32, StandardCharsets.US_ASCII).toString()).isEqualTo(SEQ);
    assertThat(b.readInt()).isEqualTo(-1);
    b.release();
  }

  @Test
  void decodesSplitAndCoalescedFrames() {
    ChannelMessage a =
        new ChannelMessage(0x12, SEQ, 0, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    ChannelMessage b = new ChannelMessage(0x13, SEQ, 0, new byte[0]);
    ByteBuf both = Unpooled.wrappedBuffer(encode(a), encode(b));
    EmbeddedChannel in = new EmbeddedChannel(new ChannelFrameCodec(1024));
    byte[] bytes = new byte[both.readableBytes()];
    both.readBytes(bytes);
    for (byte x : bytes) {
      in.writeInbound(Unpooled.wrappedBuffer(new byte[] {x}));
    }
    assertThat((ChannelMessage) in.readInbound()).isEqualTo(a);
    assertThat((ChannelMessage) in.readInbound()).isEqualTo(b);
    Object none = in.readInbound();
    assertThat(none).isNull();
  }

  @Test
  void rejectsLengthsOutsideHeaderAndLimit() {
    EmbeddedChannel tooLong = new EmbeddedChannel(new ChannelFrameCodec(1024));
    assertThatThrownBy(() -> tooLong.writeInbound(Unpooled.buffer().writeInt(1025)))
        .isInstanceOf(TooLongFrameException.class);
    EmbeddedChannel tooShort = new EmbeddedChannel(new ChannelFrameCodec(1024));
    assertThatThrownBy(() -> tooShort.writeInbound(Unpooled.buffer().writeInt(41)))
        .isInstanceOf(CorruptedFrameException.class);
  }

  @Test
  void topicBodyRoundTrips() {
    byte[] body = TopicBody.encode("_block_notify_1", "x".getBytes(StandardCharsets.UTF_8));
    assertThat(body[0]).isEqualTo((byte) 16);
    assertThat(TopicBody.topic(body)).isEqualTo("_block_notify_1");
    assertThat(TopicBody.payload(body)).containsExactly('x');
    assertThat(TopicBody.encode("", new byte[] {7})).containsExactly(1, 7);
    assertThatThrownBy(() -> TopicBody.topic(new byte[] {9, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
