package org.jbcos.evm;

import java.util.Arrays;

/** A frame's byte-addressed memory, grown in 32-byte words; expansion is paid for by the caller. */
final class Memory {
  /** Offsets or sizes above this cannot be paid for with any gas limit and are out of gas. */
  static final long MAX_BYTES = 1L << 32;

  private byte[] data = new byte[0];
  private long words;

  long words() {
    return words;
  }

  long sizeInBytes() {
    return words * 32;
  }

  static long cost(long words) {
    return 3 * words + words * words / 512;
  }

  /**
   * Gas to grow the memory so that [offset, offset+length) is addressable, without growing it; -1
   * if the range is too large to ever be paid for. A zero length never expands.
   */
  long expansionCost(long offset, long length) {
    if (length == 0) {
      return 0;
    }
    if (offset < 0 || length < 0 || offset >= MAX_BYTES || length >= MAX_BYTES) {
      return -1;
    }
    long newWords = (offset + length + 31) / 32;
    if (newWords <= words) {
      return 0;
    }
    return cost(newWords) - cost(words);
  }

  /** Grows the memory to cover [offset, offset+length); call after charging expansionCost. */
  void expand(long offset, long length) {
    if (length == 0) {
      return;
    }
    long newWords = (offset + length + 31) / 32;
    if (newWords > words) {
      words = newWords;
      int bytes = (int) (newWords * 32);
      if (bytes > data.length) {
        data =
            Arrays.copyOf(data, Math.max(bytes, Math.min(Integer.MAX_VALUE - 8, data.length * 2)));
      }
    }
  }

  byte[] raw() {
    return data;
  }

  byte[] read(long offset, long length) {
    if (length == 0) {
      return new byte[0];
    }
    return Arrays.copyOfRange(data, (int) offset, (int) (offset + length));
  }

  /**
   * Copies {@code length} bytes of {@code src} from {@code srcOffset}, zero-filling past its end.
   */
  void writePadded(long offset, byte[] src, long srcOffset, long length) {
    if (length == 0) {
      return;
    }
    int dst = (int) offset;
    int n = (int) length;
    if (srcOffset >= src.length) {
      Arrays.fill(data, dst, dst + n, (byte) 0);
      return;
    }
    int available = (int) Math.min(n, src.length - srcOffset);
    System.arraycopy(src, (int) srcOffset, data, dst, available);
    if (available < n) {
      Arrays.fill(data, dst + available, dst + n, (byte) 0);
    }
  }

  void writeByte(long offset, byte b) {
    data[(int) offset] = b;
  }

  /** Writes the stack word at {@code s[i..i+3]} as 32 big-endian bytes. */
  void writeWord(long offset, long[] s, int i) {
    int o = (int) offset;
    for (int limb = 0; limb < 4; limb++) {
      long v = s[i + limb];
      for (int k = 0; k < 8; k++) {
        data[o + limb * 8 + k] = (byte) (v >>> (56 - 8 * k));
      }
    }
  }

  /** Reads 32 bytes at {@code offset} into the stack word at {@code s[i..i+3]}. */
  void readWord(long offset, long[] s, int i) {
    int o = (int) offset;
    for (int limb = 0; limb < 4; limb++) {
      long v = 0;
      for (int k = 0; k < 8; k++) {
        v = (v << 8) | (data[o + limb * 8 + k] & 0xffL);
      }
      s[i + limb] = v;
    }
  }
}
