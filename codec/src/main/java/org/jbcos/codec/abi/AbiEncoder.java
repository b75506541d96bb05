package org.jbcos.codec.abi;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes the head/tail encoding in one pass: a sequence reserves its whole head, then appends each
 * dynamic value's contents at the end of the buffer, so offsets are known when they are written.
 */
final class AbiEncoder {
  private static final int MAX_SIZE = Integer.MAX_VALUE - 64;

  private byte[] buffer = new byte[256];
  private int size;

  private AbiEncoder() {}

  /**
   * Encodes {@code values} as the sequence {@code types}; errors name {@code label + " " + index}.
   */
  static byte[] encode(List<AbiType> types, List<?> values, String label) {
    if (types.size() != values.size()) {
      throw new AbiException(
          "expected " + types.size() + " values for " + describe(types) + ", got " + values.size());
    }
    AbiEncoder encoder = new AbiEncoder();
    encoder.appendSequence(types::get, types.size(), values, i -> label + " " + i);
    return Arrays.copyOf(encoder.buffer, encoder.size);
  }

  static String describe(List<AbiType> types) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < types.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(types.get(i).canonicalName());
    }
    return sb.append(')').toString();
  }

  private void appendSequence(
      IntFunction<AbiType> typeAt, int count, List<?> values, IntFunction<String> segment) {
    long headSize = 0;
    for (int i = 0; i < count; i++) {
      headSize += typeAt.apply(i).headSize();
    }
    int start = reserve(headSize);
    int headPos = start;
    for (int i = 0; i < count; i++) {
      AbiType type = typeAt.apply(i);
      try {
        Object value = nonNull(type, values.get(i));
        if (type.isDynamic()) {
          writeWord(headPos, size - start);
          appendDynamic(type, value);
        } else {
          writeStatic(type, value, headPos);
        }
      } catch (AbiException e) {
        throw e.within(segment.apply(i));
      }
      headPos += type.headSize();
    }
  }

  private void writeStaticSequence(
      IntFunction<AbiType> typeAt,
      int count,
      List<?> values,
      int start,
      IntFunction<String> segment) {
    int pos = start;
    for (int i = 0; i < count; i++) {
      AbiType type = typeAt.apply(i);
      try {
        writeStatic(type, nonNull(type, values.get(i)), pos);
      } catch (AbiException e) {
        throw e.within(segment.apply(i));
      }
      pos += type.headSize();
    }
  }

  private void writeStatic(AbiType type, Object value, int pos) {
    if (type instanceof UintType uint) {
      BigInteger v = integer(type, value);
      if (v.signum() < 0 || v.bitLength() > uint.bits()) {
        throw new AbiException(
            type.canonicalName() + " cannot hold " + v + " (range 0 to 2^" + uint.bits() + "-1)");
      }
      writeTwosComplement(v, pos);
    } else if (type instanceof IntType sint) {
      BigInteger v = integer(type, value);
      if (v.bitLength() > sint.bits() - 1) {
        int magnitudeBits = sint.bits() - 1;
        throw new AbiException(
            type.canonicalName()
                + " cannot hold "
                + v
                + " (range -2^"
                + magnitudeBits
                + " to 2^"
                + magnitudeBits
                + "-1)");
      }
      writeTwosComplement(v, pos);
    } else if (type instanceof AddressType) {
      expect(type, value, Address.class).copyTo(buffer, pos + AbiType.WORD - Address.LENGTH);
    } else if (type instanceof BoolType) {
      buffer[pos + AbiType.WORD - 1] = expect(type, value, Boolean.class) ? (byte) 1 : 0;
    } else if (type instanceof FixedBytesType fixed) {
      byte[] bytes = expect(type, value, byte[].class);
      if (bytes.length != fixed.size()) {
        throw new AbiException(
            type.canonicalName()
                + " needs exactly "
                + fixed.size()
                + " bytes, got "
                + bytes.length);
      }
      System.arraycopy(bytes, 0, buffer, pos, bytes.length);
    } else if (type instanceof FixedArrayType array) {
      List<?> list = list(type, value, array.length());
      writeStaticSequence(i -> array.element(), list.size(), list, pos, i -> "[" + i + "]");
    } else if (type instanceof TupleType tuple) {
      List<?> list = list(type, value, tuple.components().size());
      writeStaticSequence(tuple.components()::get, list.size(), list, pos, i -> "." + i);
    } else {
      throw new IllegalStateException("not a static type: " + type);
    }
  }

  private void appendDynamic(AbiType type, Object value) {
    if (type instanceof BytesType) {
      appendLengthPrefixed(expect(type, value, byte[].class));
    } else if (type instanceof StringType) {
      appendLengthPrefixed(utf8(expect(type, value, String.class)));
    } else if (type instanceof ArrayType array) {
      List<?> list = list(type, value, -1);
      writeWord(reserve(AbiType.WORD), list.size());
      appendSequence(i -> array.element(), list.size(), list, i -> "[" + i + "]");
    } else if (type instanceof FixedArrayType array) {
      List<?> list = list(type, value, array.length());
      appendSequence(i -> array.element(), list.size(), list, i -> "[" + i + "]");
    } else if (type instanceof TupleType tuple) {
      List<?> list = list(type, value, tuple.components().size());
      appendSequence(tuple.components()::get, list.size(), list, i -> "." + i);
    } else {
      throw new IllegalStateException("not a dynamic type: " + type);
    }
  }

  private static Object nonNull(AbiType type, Object value) {
    if (value == null) {
      throw new AbiException(type.canonicalName() + " value is null");
    }
    return value;
  }

  private static <T> T expect(AbiType type, Object value, Class<T> javaType) {
    if (!javaType.isInstance(value)) {
      throw wrongJavaType(type, value, javaType.getSimpleName());
    }
    return javaType.cast(value);
  }

  private static AbiException wrongJavaType(AbiType type, Object value, String expected) {
    return new AbiException(
        type.canonicalName()
            + " needs a "
            + expected
            + ", got a "
            + value.getClass().getSimpleName());
  }

  private static BigInteger integer(AbiType type, Object value) {
    if (value instanceof BigInteger big) {
      return big;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    throw wrongJavaType(type, value, "BigInteger, Long or Integer");
  }

  /** {@code value} as a List, of exactly {@code length} elements unless it is negative. */
  private static List<?> list(AbiType type, Object value, int length) {
    if (!(value instanceof List<?> list)) {
      throw wrongJavaType(type, value, "List");
    }
    if (length >= 0 && list.size() != length) {
      throw new AbiException(
          type.canonicalName() + " needs " + length + " elements, got " + list.size());
    }
    return list;
  }

  /** UTF-8, refusing unpaired surrogates, which {@link String#getBytes} would turn into '?'. */
  private static byte[] utf8(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new AbiException(
            "string has an unpaired surrogate at index " + i + ", which UTF-8 cannot encode");
      }
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void appendLengthPrefixed(byte[] bytes) {
    int pos = reserve(AbiType.WORD + paddedLength(bytes.length));
    writeWord(pos, bytes.length);
    System.arraycopy(bytes, 0, buffer, pos + AbiType.WORD, bytes.length);
  }

  static long paddedLength(long length) {
    return (length + AbiType.WORD - 1) / AbiType.WORD * AbiType.WORD;
  }

  /** Appends {@code length} zero bytes and returns where they start. */
  private int reserve(long length) {
    if (length > MAX_SIZE - size) {
      throw new AbiException("the encoding would exceed " + MAX_SIZE + " bytes");
    }
    int needed = size + (int) length;
    if (needed > buffer.length) {
      int grown = (int) Math.min(MAX_SIZE, Math.max(needed, 2L * buffer.length));
      buffer = Arrays.copyOf(buffer, grown);
    }
    int start = size;
    size = needed;
    return start;
  }

  private void writeWord(int pos, long value) {
    for (int i = 0; i < Long.BYTES; i++) {
      buffer[pos + AbiType.WORD - 1 - i] = (byte) (value >>> (8 * i));
    }
  }

  /** Writes {@code value}, known to fit in 256 bits, sign-extended to a full word. */
  private void writeTwosComplement(BigInteger value, int pos) {
    byte[] raw = value.toByteArray();
    int copy = Math.min(raw.length, AbiType.WORD);
    int fill = AbiType.WORD - copy;
    if (value.signum() < 0) {
      Arrays.fill(buffer, pos, pos + fill, (byte) 0xff);
    }
    System.arraycopy(raw, raw.length - copy, buffer, pos + fill, copy);
  }
}
