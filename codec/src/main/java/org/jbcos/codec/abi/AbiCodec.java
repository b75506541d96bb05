package org.jbcos.codec.abi;

import java.util.List;

/**
 * Encodes and decodes sequences of ABI values (function arguments, return values, event data).
 *
 * <p>Java values: {@code uint<M>}/{@code int<M>} are {@link java.math.BigInteger} (Long, Integer,
 * Short and Byte are also accepted when encoding); {@code address} is {@link Address}; {@code bool}
 * is {@link Boolean}; {@code bytes<M>} and {@code bytes} are {@code byte[]}; {@code string} is
 * {@link String}; arrays and tuples are {@link List}. Decoded lists are unmodifiable.
 */
public final class AbiCodec {
  private AbiCodec() {}

  /**
   * @throws AbiException naming the offending value if a value has the wrong Java type, is out of
   *     range for its ABI type, or a list has the wrong number of elements
   */
  public static byte[] encode(List<AbiType> types, List<?> values) {
    return AbiEncoder.encode(types, values, "value");
  }

  /**
   * Decodes exactly {@code data}; only the canonical encoding is accepted.
   *
   * @throws AbiException naming the type and byte offset of the first problem
   */
  public static List<Object> decode(List<AbiType> types, byte[] data) {
    return AbiDecoder.decode(types, data, 0, data.length);
  }

  /**
   * Decodes exactly {@code length} bytes of {@code data} starting at {@code offset}; offsets inside
   * the encoding are relative to {@code offset}, byte offsets in error messages are indices into
   * {@code data}.
   */
  public static List<Object> decode(List<AbiType> types, byte[] data, int offset, int length) {
    return AbiDecoder.decode(types, data, offset, length);
  }
}
