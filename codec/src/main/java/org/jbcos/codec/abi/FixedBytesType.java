package org.jbcos.codec.abi;

/** {@code bytes<size>}, 1 to 32 bytes left-aligned in a word; Java value {@code byte[size]}. */
public record FixedBytesType(int size) implements AbiType {
  public FixedBytesType {
    if (size < 1 || size > WORD) {
      throw new AbiException("invalid type bytes" + size + ": the size must be from 1 to 32");
    }
  }

  @Override
  public String canonicalName() {
    return "bytes" + size;
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
