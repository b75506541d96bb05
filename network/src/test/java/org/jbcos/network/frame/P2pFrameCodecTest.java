package org.jbcos.network.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.jbcos.network.P2pMessage;
import org.junit.jupiter.api.Test;
import org.xerial.snappy.Snappy;

class P2pFrameCodecTest {
  private final P2pFrameCodec codec = new P2pFrameCodec(true, 64 * 1024);

  @Test
  void writesTheRc2HeaderBigEndian() {
    byte[] frame = codec.encode(new P2pMessage(0x0001_0008, 0x0102, 0x0A0B0C0D, new byte[] {9, 8}));
    assertThat(frame)
        .containsExactly(
            0, 0, 0, 18, // length, header included
            0, 0, // version
            0, 1, 0, 8, // protocol id: group 1, PBFT
            1, 2, // packet type
            10, 11, 12, 13, // seq
            9, 8);
  }

  @Test
  void responsesCarryTheNegatedProtocolId() {
    P2pMessage request = new P2pMessage(0x0003_0009, 1, 77, new byte[0]);
    P2pMessage decoded = codec.decode(codec.encode(request.response(new byte[] {1})));
    assertThat(decoded.protocolId()).isEqualTo(-0x0003_0009);
    assertThat(decoded.isResponse()).isTrue();
    assertThat(decoded.groupId()).isEqualTo(3);
    assertThat(decoded.moduleId()).isEqualTo(9);
    assertThat(decoded.seq()).isEqualTo(77);
  }

  @Test
  void roundTripsCompressiblePayloadsAboveSixtyFourKibibytes() {
    // a block of similar transactions: repeats at distances beyond 64 KiB (Netty's pure-Java
    // Snappy corrupted these, which stalled PBFT on full blocks)
    Random random = new Random(7);
    byte[] record = new byte[300];
    random.nextBytes(record);
    byte[] payload = new byte[400_000];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (i % 997 == 0) ? (byte) random.nextInt() : record[i % record.length];
    }
    P2pFrameCodec large = new P2pFrameCodec(true, 1 << 20);
    P2pMessage message = new P2pMessage(0x0001_0008, 0, 1, payload);
    byte[] frame = large.encode(message);
    assertThat(frame.length).as("compressed").isLessThan(payload.length / 4);
    assertThat(large.decode(frame).payload()).isEqualTo(payload);
  }

  @Test
  void compressesLargePayloadsReadablyByNativeSnappy() throws Exception {
    byte[] payload = new byte[10_000];
    Arrays.fill(payload, (byte) 'x');
    byte[] frame = codec.encode(new P2pMessage(1, 0, 1, payload));
    int version = ByteBuffer.wrap(frame).getShort(4) & 0xFFFF;
    assertThat(version & P2pFrameCodec.COMPRESSED_FLAG).isNotZero();
    assertThat(frame.length).isLessThan(1000);
    byte[] body = Arrays.copyOfRange(frame, P2pFrameCodec.HEADER_LENGTH, frame.length);
    assertThat(Snappy.uncompress(body)).isEqualTo(payload);
    assertThat(codec.decode(frame).payload()).isEqualTo(payload);
  }

  @Test
  void decodesPayloadsCompressedByNativeSnappy() throws Exception {
    byte[] payload = new byte[5000];
    new Random(1).nextBytes(payload);
    System.arraycopy(payload, 0, payload, 2500, 2500);
    byte[] compressed = Snappy.compress(payload);
    ByteBuffer frame = ByteBuffer.allocate(16 + compressed.length);
    frame.putInt(16 + compressed.length).putShort((short) 0x8000).putInt(10).putShort((short) 2);
    frame.putInt(5).put(compressed);
    assertThat(codec.decode(frame.array()).payload()).isEqualTo(payload);
  }

  @Test
  void leavesSmallPayloadsUncompressed() {
    byte[] payload = new byte[P2pFrameCodec.COMPRESS_THRESHOLD];
    byte[] frame = codec.encode(new P2pMessage(1, 0, 1, payload));
    assertThat(frame.length).isEqualTo(16 + payload.length);
    assertThat(frame[4]).isZero();
  }

  @Test
  void refusesLengthsBelowTheHeaderOrAboveTheLimit() {
    byte[] tiny = header(15, 0);
    assertThatThrownBy(() -> codec.decode(tiny)).isInstanceOf(FrameException.class);
    byte[] huge = header(64 * 1024 + 1, 0);
    assertThatThrownBy(() -> codec.decode(huge))
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("exceeds the limit");
  }

  @Test
  void refusesALengthThatDisagreesWithTheBytes() {
    byte[] frame = codec.encode(new P2pMessage(1, 0, 1, new byte[4]));
    byte[] truncated = Arrays.copyOf(frame, frame.length - 1);
    assertThatThrownBy(() -> codec.decode(truncated)).isInstanceOf(FrameException.class);
  }

  @Test
  void refusesBadSnappyData() {
    byte[] frame = header(16 + 4, 0x8000);
    byte[] withBody = Arrays.copyOf(frame, 20);
    withBody[16] = 10; // declares 10 bytes
    withBody[17] = (byte) 0xFF; // then a copy with no history
    assertThatThrownBy(() -> codec.decode(withBody)).isInstanceOf(FrameException.class);
  }

  @Test
  void refusesADecompressionBomb() {
    byte[] frame = Arrays.copyOf(header(16 + 6, 0x8000), 22);
    // varint preamble of 2^31: far above the 64 KiB limit
    frame[16] = (byte) 0x80;
    frame[17] = (byte) 0x80;
    frame[18] = (byte) 0x80;
    frame[19] = (byte) 0x80;
    frame[20] = 0x08;
    assertThatThrownBy(() -> codec.decode(frame))
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("above the limit");
  }

  @Test
  void refusesToSendAFrameAboveTheLimit() {
    P2pFrameCodec plain = new P2pFrameCodec(false, 2048);
    assertThatThrownBy(() -> plain.encode(new P2pMessage(1, 0, 1, new byte[2048 - 15])))
        .isInstanceOf(FrameException.class);
    assertThat(plain.encode(new P2pMessage(1, 0, 1, new byte[2048 - 16]))).hasSize(2048);
  }

  private static byte[] header(long length, int version) {
    ByteBuffer b = ByteBuffer.allocate(16);
    b.putInt((int) length).putShort((short) version).putInt(1).putShort((short) 0).putInt(1);
    return b.array();
  }
}
