package org.jbcos.codec.abi;

/** {@code string}: encoded like {@code bytes} holding UTF-8; Java value {@link String}. */
public record StringType() implements AbiType {
  @Override
  public String canonicalName() {
    return "string";
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
