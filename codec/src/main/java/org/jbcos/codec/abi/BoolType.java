package org.jbcos.codec.abi;

/** {@code bool}: a word holding 0 or 1; Java value {@link Boolean}. */
public record BoolType() implements AbiType {
  @Override
  public String canonicalName() {
    return "bool";
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
