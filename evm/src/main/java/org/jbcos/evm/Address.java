package org.jbcos.evm;

import java.math.BigInteger;
import java.util.Arrays;
import org.jbcos.crypto.Hex;

/** A 20-byte account address. Immutable; usable as a map key. */
public final class Address implements Comparable<Address> {
  public static final Address ZERO = new Address(new byte[20]);

  private final byte[] bytes;
  private final int hash;

  private Address(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  public static Address wrap(byte[] bytes20) {
    if (bytes20.length != 20) {
      throw new IllegalArgumentException("an address is 20 bytes, got " + bytes20.length);
    }
    return new Address(bytes20.clone());
  }

  public static Address fromHex(String hex) {
    return wrap(Hex.decode(hex));
  }

  /** The low 160 bits of a word, as CALL and friends take their address operand. */
  public static Address fromWord(Word w) {
    byte[] b = w.toBytes();
    return new Address(Arrays.copyOfRange(b, 12, 32));
  }

  /** A small address such as a precompile's 0x...01. */
  public static Address ofLong(long n) {
    byte[] b = new byte[20];
    for (int i = 0; i < 8; i++) {
      b[19 - i] = (byte) (n >>> (8 * i));
    }
    return new Address(b);
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  public Word toWord() {
    return Word.fromBytes(bytes);
  }

  public BigInteger toBigInteger() {
    return new BigInteger(1, bytes);
  }

  public String toHex() {
    return Hex.encodePrefixed(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address other && hash == other.hash && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(Address o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
