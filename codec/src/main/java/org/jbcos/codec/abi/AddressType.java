package org.jbcos.codec.abi;

/** {@code address}: 20 bytes, encoded right-aligned in a word; Java value {@link Address}. */
public record AddressType() implements AbiType {
  @Override
  public String canonicalName() {
    return "address";
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
