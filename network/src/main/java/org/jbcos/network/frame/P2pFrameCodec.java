package org.jbcos.network.frame;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.jbcos.network.P2pMessage;

/**
 * FISCO 2.x RC2 P2P frames ({@code libp2p/P2PMessageRC2.cpp}): a 16-byte big-endian header
 *
 * <pre>
 * length     uint32  the whole frame, header included
 * version    uint16  0x8000 set: the payload is Snappy-compressed
 * protocolId int32   (groupId &lt;&lt; 16) | moduleId; negated in responses
 * packetType uint16
 * seq        uint32
 * </pre>
 *
 * followed by the payload. Payloads above {@value #COMPRESS_THRESHOLD} bytes are compressed when
 * compression is on and it makes them smaller. Decoding is strict: a length below the header or
 * above the limit, a truncated or overlong frame and bad Snappy data throw {@link FrameException}.
 * Thread-safe.
 */
public final class P2pFrameCodec {
  public static final int HEADER_LENGTH = 16;

  /** FISCO's {@code c_compressThreshold}. */
  public static final int COMPRESS_THRESHOLD = 1024;

  /** The version bit that marks a compressed payload. */
  public static final int COMPRESSED_FLAG = 0x8000;

  private final boolean compress;
  private final int maxFrameLength;

  /**
   * @param compress compress payloads above the threshold when sending
   * @param maxFrameLength the largest frame, header included, sent or accepted; also bounds a
   *     payload after decompression
   */
  public P2pFrameCodec(boolean compress, int maxFrameLength) {
    if (maxFrameLength <= HEADER_LENGTH) {
      throw new IllegalArgumentException("max frame length too small: " + maxFrameLength);
    }
    this.compress = compress;
    this.maxFrameLength = maxFrameLength;
  }

  public int maxFrameLength() {
    return maxFrameLength;
  }

  /**
   * Writes one frame.
   *
   * @throws FrameException if the frame would exceed the limit
   */
  public void encode(P2pMessage message, ByteBuf out) {
    byte[] payload = message.payload();
    int version = 0;
    if (compress && payload.length > COMPRESS_THRESHOLD) {
      byte[] compressed = SnappyBlocks.compress(payload);
      if (compressed.length < payload.length) {
        payload = compressed;
        version |= COMPRESSED_FLAG;
      }
    }
    if (message.payload().length > maxFrameLength - HEADER_LENGTH
        || payload.length > maxFrameLength - HEADER_LENGTH) {
      throw new FrameException(
          "a "
              + message.payload().length
              + "-byte payload exceeds the frame limit of "
              + maxFrameLength
              + " bytes");
    }
    out.writeInt(HEADER_LENGTH + payload.length);
    out.writeShort(version);
    out.writeInt(message.protocolId());
    out.writeShort(message.packetType());
    out.writeInt(message.seq());
    out.writeBytes(payload);
  }

  /** One frame as bytes. */
  public byte[] encode(P2pMessage message) {
    ByteBuf out = Unpooled.buffer(HEADER_LENGTH + message.payload().length);
    try {
      encode(message, out);
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
    }
  }

  /**
   * The length of the frame that starts at the reader index, once its first 4 bytes are there.
   *
   * @return -1 if fewer than 4 bytes are readable
   * @throws FrameException if the length is below the header or above the limit
   */
  public int frameLength(ByteBuf in) {
    if (in.readableBytes() < 4) {
      return -1;
    }
    long length = in.getUnsignedInt(in.readerIndex());
    if (length < HEADER_LENGTH) {
      throw new FrameException("frame length " + length + " is below the 16-byte header");
    }
    if (length > maxFrameLength) {
      throw new FrameException(
          "frame length " + length + " exceeds the limit of " + maxFrameLength + " bytes");
    }
    return (int) length;
  }

  /**
   * Decodes exactly one frame: all readable bytes of {@code frame}, which it consumes.
   *
   * @throws FrameException if the bytes are not exactly one well-formed frame
   */
  public P2pMessage decode(ByteBuf frame) {
    int readable = frame.readableBytes();
    if (readable < HEADER_LENGTH) {
      throw new FrameException("a frame of " + readable + " bytes is shorter than its header");
    }
    int length = frameLength(frame);
    if (length != readable) {
      throw new FrameException(
          "the frame says " + length + " bytes but " + readable + " bytes were given");
    }
    frame.skipBytes(4);
    int version = frame.readUnsignedShort();
    int protocolId = frame.readInt();
    int packetType = frame.readUnsignedShort();
    int seq = frame.readInt();
    byte[] payload;
    if ((version & COMPRESSED_FLAG) != 0) {
      payload = SnappyBlocks.decompress(frame, maxFrameLength - HEADER_LENGTH);
    } else {
      payload = new byte[frame.readableBytes()];
      frame.readBytes(payload);
    }
    return new P2pMessage(protocolId, packetType, seq, payload);
  }

  /** Decodes exactly one frame given as bytes. */
  public P2pMessage decode(byte[] frame) {
    return decode(Unpooled.wrappedBuffer(frame));
  }
}
