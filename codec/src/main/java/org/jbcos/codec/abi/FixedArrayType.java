package org.jbcos.codec.abi;

import java.util.Objects;

/**
 * {@code T[length]}: encoded like a tuple of {@code length} elements of type T, so it is static
 * exactly when T is; Java value List of that size.
 */
public record FixedArrayType(AbiType element, int length) implements AbiType {
  public FixedArrayType {
    Objects.requireNonNull(element, "element");
    if (length < 1) {
      throw new AbiException(
          "invalid type " + element.canonicalName() + "[" + length + "]: length must be positive");
    }
    AbiLimits.checkedHeadSize(
        (long) element.headSize() * length, element.canonicalName() + "[" + length + "]");
  }

  @Override
  public String canonicalName() {
    return element.canonicalName() + "[" + length + "]";
  }

  @Override
  public boolean isDynamic() {
    return element.isDynamic();
  }

  @Override
  public int headSize() {
    return isDynamic() ? WORD : element.headSize() * length;
  }

  @Override
  public String toString() {
    return canonicalName();
  }
}
