package org.jbcos.network.frame;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import org.xerial.snappy.Snappy;

/**
 * Raw Snappy blocks (varint uncompressed length, then tagged literals and copies), the format of
 * FISCO's {@code snappy::Compress}, through snappy-java (the reference library; Netty's pure-Java
 * {@code Snappy} is only correct for blocks under 64 KiB, and blocks of a busy chain are larger).
 * Decompression is bounded: the declared length is checked before anything is allocated, and the
 * output must fill it exactly.
 */
final class SnappyBlocks {
  private SnappyBlocks() {}

  static byte[] compress(byte[] data) {
    try {
      return Snappy.compress(data);
    } catch (IOException e) {
      throw new FrameException("cannot compress a payload: " + e.getMessage(), e);
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
    byte[] input = new byte[compressed.readableBytes()];
    compressed.readBytes(input);
    try {
      if (!Snappy.isValidCompressedBuffer(input)) {
        throw new FrameException("bad Snappy data: not a valid compressed block");
      }
      byte[] out = Snappy.uncompress(input);
      if (out.length != declared) {
        throw new FrameException(
            "bad Snappy data: " + out.length + " of " + declared + " declared bytes decoded");
      }
      return out;
    } catch (IOException e) {
      throw new FrameException("bad Snappy data: " + e.getMessage(), e);
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
