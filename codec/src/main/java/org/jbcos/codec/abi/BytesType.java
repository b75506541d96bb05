package org.jbcos.codec.abi;

/** {@code bytes}: a length word followed by the bytes padded to a word; Java value byte[]. */
public record BytesType() implements AbiType {
  @Override
  public String canonicalName() {
    return "bytes";
  }

  @Override
  public boolean isDynamic() {
    return true;
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
