package org.jbcos.codec.abi;

/** {@code uint<bits>}: an unsigned integer of 8 to 256 bits, a multiple of 8. */
public record UintType(int bits) implements AbiType {
  public UintType {
    IntType.checkBits("uint", bits);
  }

  @Override
  public String canonicalName() {
    return "uint" + bits;
  }

  @Override
  public boolean isDynamic() {
    return false;
  }

  @Override
  public int headSize() {
    return WORD;
  }

  @Override
  public String toString() {
    return canonicalName();
  }
}
