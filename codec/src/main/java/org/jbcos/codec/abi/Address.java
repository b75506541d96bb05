package org.jbcos.codec.abi;

import java.util.Arrays;
import org.jbcos.crypto.Hex;

/** A 20-byte account or contract address, the Java value of the ABI type {@code address}. */
public record Address(byte[] bytes) {
  public static final int LENGTH = 20;
  public static final Address ZERO = new Address(new byte[LENGTH]);

  public Address {
    if (bytes.length != LENGTH) {
      throw new AbiException("an address has 20 bytes, got " + bytes.length);
    }
    bytes = bytes.clone();
  }

  /** Parses 40 hex digits, with or without "0x", in any letter case (checksums are not checked). */
  public static Address fromHex(String hex) {
    String digits = Hex.strip0x(hex.trim());
    if (digits.length() != 2 * LENGTH) {
      throw new AbiException(
          "an address has 40 hex digits, got " + digits.length() + " in '" + hex + "'");
    }
    try {
      return new Address(Hex.decode(digits));
    } catch (IllegalArgumentException e) {
      throw new AbiException("invalid address '" + hex + "': " + e.getMessage());
    }
  }

  /** A copy of the 20 bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** "0x" followed by 40 lowercase hex digits. */
  public String toHex() {
    return Hex.encodePrefixed(bytes);
  }

  /** Copies the 20 bytes into {@code target} at {@code offset} without exposing the array. */
  void copyTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, LENGTH);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Address that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
