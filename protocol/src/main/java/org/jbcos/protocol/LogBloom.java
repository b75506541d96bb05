package org.jbcos.protocol;

import java.util.Arrays;
import java.util.Collection;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;

/**
 * The 2048-bit Ethereum log bloom, with the chain's hash (Keccak-256, or SM3 on SM chains): for the
 * address and each topic, three 11-bit indexes from the first three byte pairs of its hash.
 */
public final class LogBloom {
  public static final int BYTES = 256;
  private final byte[] bits;

  private LogBloom(byte[] bits) {
    this.bits = bits;
  }

  public static LogBloom empty() {
    return new LogBloom(new byte[BYTES]);
  }

  public static LogBloom wrap(byte[] bits) {
    if (bits.length != BYTES) {
      throw new ProtocolException("a log bloom is 256 bytes, got " + bits.length);
    }
    return new LogBloom(bits.clone());
  }

  public static LogBloom of(Collection<LogEntry> logs, HashFunction hash) {
    LogBloom bloom = empty();
    for (LogEntry log : logs) {
      bloom.add(log.address(), hash);
      for (byte[] topic : log.topics()) {
        bloom.add(topic, hash);
      }
    }
    return bloom;
  }

  private void add(byte[] value, HashFunction hash) {
    byte[] h = hash.hash(value);
    for (int i = 0; i < 6; i += 2) {
      int bit = ((h[i] & 0xff) << 8 | (h[i + 1] & 0xff)) & 2047;
      bits[BYTES - 1 - bit / 8] |= (byte) (1 << (bit % 8));
    }
  }

  /** True if {@code value} may have been added (false means it certainly was not). */
  public boolean mightContain(byte[] value, HashFunction hash) {
    LogBloom probe = empty();
    probe.add(value, hash);
    for (int i = 0; i < BYTES; i++) {
      if ((probe.bits[i] & bits[i]) != probe.bits[i]) {
        return false;
      }
    }
    return true;
  }

  public LogBloom or(LogBloom other) {
    byte[] out = bits.clone();
    for (int i = 0; i < BYTES; i++) {
      out[i] |= other.bits[i];
    }
    return new LogBloom(out);
  }

  public byte[] toBytes() {
    return bits.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogBloom other && Arrays.equals(bits, other.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return Hex.encodePrefixed(bits);
  }
}
