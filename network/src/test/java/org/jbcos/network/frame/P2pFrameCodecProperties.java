package org.jbcos.network.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jbcos.network.P2pMessage;

class P2pFrameCodecProperties {
  private final P2pFrameCodec compressing = new P2pFrameCodec(true, 1 << 20);

  @Property(tries = 300)
  void everyMessageRoundTrips(
      @ForAll int protocolId,
      @ForAll @IntRange(min = 0, max = 0xFFFF) int packetType,
      @ForAll int seq,
      @ForAll @Size(max = 4000) byte[] payload,
      @ForAll boolean repetitive) {
    if (repetitive && payload.length > 0) {
      for (int i = 0; i < payload.length; i++) {
        payload[i] = payload[i % 7];
      }
    }
    P2pMessage message = new P2pMessage(protocolId, packetType, seq, payload);
    assertThat(compressing.decode(compressing.encode(message))).isEqualTo(message);
  }

  @Property(tries = 500)
  void arbitraryBytesDecodeOrFailWithAFrameException(@ForAll @Size(max = 200) byte[] bytes) {
    Throwable thrown = catchThrowable(() -> compressing.decode(bytes));
    assertThat(thrown)
        .satisfiesAnyOf(
            t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(FrameException.class));
  }

  @Property(tries = 300)
  void corruptedCompressedFramesNeverEscapeAsOtherErrors(
      @ForAll @Size(min = 1100, max = 3000) byte[] payload,
      @ForAll @IntRange(min = 16, max = 1000) int position,
      @ForAll byte value) {
    for (int i = 0; i < payload.length; i++) {
      payload[i] = payload[i % 13];
    }
    byte[] frame = compressing.encode(new P2pMessage(1, 0, 1, payload));
    frame[Math.min(position, frame.length - 1)] ^= (byte) (value | 1);
    Throwable thrown = catchThrowable(() -> compressing.decode(frame));
    assertThat(thrown)
        .satisfiesAnyOf(
            t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(FrameException.class));
  }

  @Property(tries = 100)
  void aStreamSplitAnywhereYieldsTheSameMessages(
      @ForAll @Size(max = 3000) byte[] a,
      @ForAll @Size(max = 50) byte[] b,
      @ForAll @IntRange(min = 1, max = 500) int chunk) {
    ByteBuf stream = Unpooled.buffer();
    compressing.encode(new P2pMessage(1, 1, 1, a), stream);
    compressing.encode(new P2pMessage(2, 2, 2, b), stream);
    byte[] all = new byte[stream.readableBytes()];
    stream.readBytes(all);
    io.netty.channel.embedded.EmbeddedChannel channel =
        new io.netty.channel.embedded.EmbeddedChannel(new P2pFrameDecoder(compressing));
    for (int i = 0; i < all.length; i += chunk) {
      channel.writeInbound(Unpooled.wrappedBuffer(all, i, Math.min(chunk, all.length - i)));
    }
    P2pMessage first = channel.readInbound();
    P2pMessage second = channel.readInbound();
    assertThat(first.payload()).isEqualTo(a);
    assertThat(second.payload()).isEqualTo(b);
    channel.finishAndReleaseAll();
  }
}
