package org.jbcos.evm.precompile;

/**
 * 0x9: the BLAKE2b compression function F (EIP-152). Input: exactly 213 bytes, the round count (4
 * bytes big-endian), state h (8 words), message m (16 words), offset counters t0 and t1 (all words
 * 64-bit little-endian), and the final-block flag (one byte, 0 or 1). Output: the new state in the
 * same encoding. Gas: one per round.
 */
public final class Blake2bF implements PrecompiledContract {
  private static final int INPUT_LENGTH = 213;
  private static final int STATE_OFFSET = 4;
  private static final int MESSAGE_OFFSET = 68;
  private static final int COUNTER_OFFSET = 196;
  private static final int FLAG_OFFSET = 212;

  @Override
  public String name() {
    return "blake2f";
  }

  /** The round count; 0 for a malformed input, which fails in {@link #compute} anyway. */
  @Override
  public long gasRequirement(byte[] input) {
    if (input.length != INPUT_LENGTH) {
      return 0;
    }
    return rounds(input);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    if (input.length != INPUT_LENGTH) {
      return PrecompileResult.failure();
    }
    int flag = input[FLAG_OFFSET];
    if (flag != 0 && flag != 1) {
      return PrecompileResult.failure();
    }
    long[] h = new long[8];
    for (int i = 0; i < 8; i++) {
      h[i] = readLittleEndian(input, STATE_OFFSET + 8 * i);
    }
    long[] m = new long[16];
    for (int i = 0; i < 16; i++) {
      m[i] = readLittleEndian(input, MESSAGE_OFFSET + 8 * i);
    }
    long t0 = readLittleEndian(input, COUNTER_OFFSET);
    long t1 = readLittleEndian(input, COUNTER_OFFSET + 8);
    Blake2bCompression.compress(h, m, t0, t1, flag == 1, rounds(input));
    byte[] out = new byte[64];
    for (int i = 0; i < 8; i++) {
      writeLittleEndian(h[i], out, 8 * i);
    }
    return PrecompileResult.success(out);
  }

  private static long rounds(byte[] input) {
    return ((input[0] & 0xffL) << 24)
        | ((input[1] & 0xffL) << 16)
        | ((input[2] & 0xffL) << 8)
        | (input[3] & 0xffL);
  }

  private static long readLittleEndian(byte[] bytes, int offset) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (bytes[offset + i] & 0xffL);
    }
    return value;
  }

  private static void writeLittleEndian(long value, byte[] out, int offset) {
    for (int i = 0; i < 8; i++) {
      out[offset + i] = (byte) (value >>> (8 * i));
    }
  }
}
