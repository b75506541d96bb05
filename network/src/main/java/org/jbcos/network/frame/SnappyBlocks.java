package org.jbcos.network.frame;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.compression.Snappy;

/**
 * Raw Snappy blocks (varint uncompressed length, then tagged literals and copies), the format of
 * FISCO's {@code snappy::Compress}, through Netty's pure-Java codec. Decompression is bounded: the
 * declared length is checked before anything is allocated, and the output must fill it exactly.
 */
final class SnappyBlocks {
  private SnappyBlocks() {}

  static byte[] compress(byte[] data) {
    ByteBuf in = Unpooled.wrappedBuffer(data);
    ByteBuf out = Unpooled.buffer(data.length / 2 + 16);
    try {
      new Snappy().encode(in, out, data.length);
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
    }
  }

  /**
   * @throws FrameException if the data is not one well-formed block or declares more than {@code
   *     maxLength} bytes
   */
  static byte[] decompress(ByteBuf compressed, int maxLength) {
    long declared = declaredLength(compressed);
    if (declared > maxLength) {
      throw new FrameException(
          "the compressed payload declares " + declared + " bytes, above the limit " + maxLength);
    }
    int length = (int) declared;
    ByteBuf out = Unpooled.buffer(length, length);
    try {
      new Snappy().decode(compressed, out);
      if (compressed.isReadable() || out.readableBytes() != length) {
        throw new FrameException(
            "bad Snappy data: "
                + out.readableBytes()
                + " of "
                + length
                + " declared bytes decoded, "
                + compressed.readableBytes()
                + " input bytes left over");
      }
      byte[] bytes = new byte[length];
      out.readBytes(bytes);
      return bytes;
    } catch (FrameException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new FrameException("bad Snappy data: " + e.getMessage(), e);
    } finally {
      out.release();
    }
  }

  /** The varint preamble (at most 5 bytes, 32 bits), without consuming it. */
  private static long declaredLength(ByteBuf in) {
    long value = 0;
    int index = in.readerIndex();
    for (int shift = 0; shift < 35; shift += 7) {
      if (index >= in.writerIndex()) {
        break;
      }
      int b = in.getUnsignedByte(index++);
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value > 0xFFFF_FFFFL) {
          break;
        }
        return value;
      }
    }
    throw new FrameException("bad Snappy data: no valid length preamble");
  }
}
