package org.jbcos.codec.abi;

/** {@code int<bits>}: a two's complement signed integer of 8 to 256 bits, a multiple of 8. */
public record IntType(int bits) implements AbiType {
  public IntType {
    checkBits("int", bits);
  }

  static void checkBits(String prefix, int bits) {
    if (bits < 8 || bits > 256 || bits % 8 != 0) {
      throw new AbiException(
          "invalid type " + prefix + bits + ": the size must be a multiple of 8 from 8 to 256");
    }
  }

  @Override
  public String canonicalName() {
    return "int" + bits;
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
