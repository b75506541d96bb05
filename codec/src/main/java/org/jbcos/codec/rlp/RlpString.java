package org.jbcos.codec.rlp;

import java.math.BigInteger;
import java.util.Arrays;
import org.jbcos.crypto.Hex;

/** An RLP byte string, with strict readers for the integer and fixed-size fields of FISCO types. */
public final class RlpString implements RlpItem {
  private final byte[] bytes;

  public RlpString(byte[] bytes) {
    this.bytes = bytes;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  /**
   * A non-negative integer in minimal big-endian form (no leading zero byte; zero is empty).
   *
   * @param what the field name for the error message
   * @param maxBytes the widest value accepted
   */
  public BigInteger asUnsigned(String what, int maxBytes) {
    if (bytes.length > maxBytes) {
      throw new RlpException(
          what + " is " + bytes.length + " bytes, at most " + maxBytes + " are allowed");
    }
    if (bytes.length > 0 && bytes[0] == 0) {
      throw new RlpException(what + " has a leading zero byte (non-canonical integer)");
    }
    return new BigInteger(1, bytes);
  }

  public long asLong(String what) {
    return asUnsigned(what, 7).longValueExact();
  }

  /** Exactly {@code size} bytes, or empty when {@code allowEmpty}. */
  public byte[] asFixed(String what, int size, boolean allowEmpty) {
    if (bytes.length == size || (allowEmpty && bytes.length == 0)) {
      return bytes.clone();
    }
    throw new RlpException(
        what
            + " must be "
            + size
            + " bytes"
            + (allowEmpty ? " or empty" : "")
            + ", got "
            + bytes.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RlpString other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "0x" + Hex.encode(bytes);
  }
}
