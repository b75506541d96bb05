package org.jbcos.codec.abi;

/** Bounds that keep hostile types and inputs from exhausting memory or stack. */
final class AbiLimits {
  /** Largest head a static type may have; far above anything a contract can use. */
  static final int MAX_HEAD_SIZE = 1 << 24;

  /** Deepest nesting of arrays and tuples the parser accepts. */
  static final int MAX_DEPTH = 32;

  private AbiLimits() {}

  static int checkedHeadSize(long size, String typeName) {
    if (size > MAX_HEAD_SIZE) {
      throw new AbiException(
          typeName + " is too large: its encoding needs " + size + " bytes of head");
    }
    return (int) size;
  }
}
