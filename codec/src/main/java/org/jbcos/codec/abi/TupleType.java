package org.jbcos.codec.abi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code (T1,T2,...)}: the components encoded one after another, heads first; static exactly when
 * every component is. Java value List with one entry per component.
 */
public record TupleType(List<AbiType> components) implements AbiType {
  public TupleType {
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new AbiException("invalid type (): a tuple needs at least one component");
    }
    long headSize = 0;
    for (AbiType component : components) {
      headSize += component.headSize();
    }
    AbiLimits.checkedHeadSize(headSize, "tuple");
  }

  @Override
  public String canonicalName() {
    return components.stream()
        .map(AbiType::canonicalName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  @Override
  public boolean isDynamic() {
    for (AbiType component : components) {
      if (component.isDynamic()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int headSize() {
    if (isDynamic()) {
      return WORD;
    }
    int size = 0;
    for (AbiType component : components) {
      size += component.headSize();
    }
    return size;
  }

  @Override
  public String toString() {
    return canonicalName();
  }
}
