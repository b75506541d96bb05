package org.jbcos.evm.precompile;

import java.math.BigInteger;
import java.util.Arrays;

/** Helpers shared by the precompiles to read call data and price it. */
final class Inputs {
  private Inputs() {}

  /** The first {@code length} bytes of {@code input}, right-padded with zeros if it is shorter. */
  static byte[] rightPadded(byte[] input, int length) {
    return input.length == length ? input : Arrays.copyOf(input, length);
  }

  /**
   * {@code length} bytes of {@code input} from {@code offset}; bytes past the end of the input read
   * as zero, as call data does.
   */
  static byte[] slice(byte[] input, long offset, int length) {
    byte[] out = new byte[length];
    if (offset < input.length) {
      int start = (int) offset;
      System.arraycopy(input, start, out, 0, Math.min(length, input.length - start));
    }
    return out;
  }

  static BigInteger unsigned(byte[] input, long offset, int length) {
    return new BigInteger(1, slice(input, offset, length));
  }

  /** {@code base + perWord * ceil(length / 32)}, the price of the hashing precompiles. */
  static long linearGas(int length, long base, long perWord) {
    return base + perWord * ((length + 31L) / 32);
  }
}
