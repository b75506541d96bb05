package org.jbcos.codec.abi;

import java.util.Objects;

/** {@code T[]}: a length word followed by the elements encoded as a sequence; Java value List. */
public record ArrayType(AbiType element) implements AbiType {
  public ArrayType {
    Objects.requireNonNull(element, "element");
  }

  @Override
  public String canonicalName() {
    return element.canonicalName() + "[]";
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
