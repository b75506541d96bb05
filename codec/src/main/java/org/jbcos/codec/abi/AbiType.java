package org.jbcos.codec.abi;

import java.util.List;

/**
 * A Solidity ABI type. Static types occupy exactly {@link #headSize()} bytes in place; dynamic
 * types occupy one 32-byte offset in the head and their contents in the tail.
 */
public sealed interface AbiType
    permits UintType,
        IntType,
        AddressType,
        BoolType,
        FixedBytesType,
        BytesType,
        StringType,
        ArrayType,
        FixedArrayType,
        TupleType {

  /** Size of one ABI word. */
  int WORD = 32;

  UintType UINT256 = new UintType(256);
  IntType INT256 = new IntType(256);
  AddressType ADDRESS = new AddressType();
  BoolType BOOL = new BoolType();
  BytesType BYTES = new BytesType();
  StringType STRING = new StringType();

  /**
   * Parses a type name such as {@code uint256}, {@code uint} (alias of uint256), {@code string[2]},
   * {@code (address,uint256)[]}. Whitespace between tokens is ignored.
   *
   * @throws AbiException if the name is not a supported ABI type
   */
  static AbiType parse(String name) {
    return AbiTypeParser.parseType(name);
  }

  /** Parses a comma-separated list of types, without surrounding parentheses; "" is empty. */
  static List<AbiType> parseList(String commaSeparated) {
    return AbiTypeParser.parseTypeList(commaSeparated);
  }

  static UintType uintN(int bits) {
    return new UintType(bits);
  }

  static IntType intN(int bits) {
    return new IntType(bits);
  }

  static FixedBytesType bytesN(int size) {
    return new FixedBytesType(size);
  }

  static ArrayType array(AbiType element) {
    return new ArrayType(element);
  }

  static FixedArrayType array(AbiType element, int length) {
    return new FixedArrayType(element, length);
  }

  static TupleType tuple(AbiType... components) {
    return new TupleType(List.of(components));
  }

  /** The name used in signatures, e.g. {@code uint256} for {@code uint}. */
  String canonicalName();

  boolean isDynamic();

  /** Bytes this type takes in the head of its enclosing sequence: 32 for dynamic types. */
  int headSize();
}
