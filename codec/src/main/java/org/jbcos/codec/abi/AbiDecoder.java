package org.jbcos.codec.abi;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.jbcos.crypto.Hex;

/**
 * Strict decoder: accepts only the canonical encoding, the one {@link AbiEncoder} produces. Each
 * dynamic value must start exactly where the previous one ended (the first right after the head),
 * which rules out overlapping tails, so the decoded values can never be larger than the input. Byte
 * offsets in error messages are indices into the array passed in.
 */
final class AbiDecoder {
  private static final int WORD = AbiType.WORD;

  private final byte[] data;
  private final int limit;

  /** Where the value decoded last ends. */
  private int end;

  private AbiDecoder(byte[] data, int limit) {
    this.data = data;
    this.limit = limit;
  }

  static List<Object> decode(List<AbiType> types, byte[] data, int offset, int length) {
    if (offset < 0 || length < 0 || offset > data.length - length) {
      throw new IndexOutOfBoundsException(
          "range [" + offset + ", " + offset + " + " + length + ") of " + data.length + " bytes");
    }
    AbiDecoder decoder = new AbiDecoder(data, offset + length);
    List<Object> values =
        decoder.sequence(types::get, types.size(), offset, AbiEncoder.describe(types));
    if (decoder.end != decoder.limit) {
      throw new AbiException(
          AbiEncoder.describe(types)
              + " ends at byte "
              + decoder.end
              + ", followed by "
              + (decoder.limit - decoder.end)
              + " unexpected bytes");
    }
    return values;
  }

  private List<Object> sequence(IntFunction<AbiType> typeAt, int count, int start, String owner) {
    long headSize = 0;
    for (int i = 0; i < count; i++) {
      headSize += typeAt.apply(i).headSize();
    }
    if (headSize > limit - start) {
      throw new AbiException(
          owner
              + " at byte "
              + start
              + ": needs "
              + headSize
              + " bytes of head, only "
              + (limit - start)
              + " remain");
    }
    int tail = start + (int) headSize;
    Object[] values = new Object[count];
    int headPos = start;
    for (int i = 0; i < count; i++) {
      AbiType type = typeAt.apply(i);
      if (type.isDynamic()) {
        long offset = lengthWord(type, headPos, "offset");
        if (offset > limit - start - WORD) {
          throw error(
              type,
              headPos,
              "offset " + offset + " points outside the data (" + (limit - start) + " bytes)");
        }
        if (start + offset != tail) {
          throw error(
              type,
              headPos,
              "offset "
                  + offset
                  + " points to byte "
                  + (start + offset)
                  + ", but the contents must start right after the previous value, at byte "
                  + tail);
        }
        values[i] = dynamicValue(type, tail);
        tail = end;
      } else {
        values[i] = staticValue(type, headPos);
      }
      headPos += type.headSize();
    }
    end = tail;
    return List.of(values);
  }

  private Object staticValue(AbiType type, int pos) {
    if (type instanceof UintType uint) {
      int width = uint.bits() / 8;
      requireZeros(type, pos, pos, pos + WORD - width, "value wider than " + uint.bits() + " bits");
      return new BigInteger(1, data, pos + WORD - width, width);
    } else if (type instanceof IntType sint) {
      int width = sint.bits() / 8;
      int valueStart = pos + WORD - width;
      byte sign = data[valueStart] < 0 ? (byte) 0xff : 0;
      for (int i = pos; i < valueStart; i++) {
        if (data[i] != sign) {
          throw error(type, pos, "value is not a sign-extended " + sint.bits() + "-bit integer");
        }
      }
      return new BigInteger(data, valueStart, width);
    } else if (type instanceof AddressType) {
      int valueStart = pos + WORD - Address.LENGTH;
      requireZeros(type, pos, pos, valueStart, "nonzero bytes before the 20-byte address");
      return new Address(Arrays.copyOfRange(data, valueStart, pos + WORD));
    } else if (type instanceof BoolType) {
      requireZeros(type, pos, pos, pos + WORD - 1, "value is neither 0 nor 1");
      byte last = data[pos + WORD - 1];
      if (last != 0 && last != 1) {
        throw error(type, pos, "value is neither 0 nor 1");
      }
      return last == 1;
    } else if (type instanceof FixedBytesType fixed) {
      requireZeros(type, pos, pos + fixed.size(), pos + WORD, "nonzero padding");
      return Arrays.copyOfRange(data, pos, pos + fixed.size());
    } else if (type instanceof FixedArrayType array) {
      return sequence(i -> array.element(), array.length(), pos, type.canonicalName());
    } else if (type instanceof TupleType tuple) {
      List<AbiType> components = tuple.components();
      return sequence(components::get, components.size(), pos, type.canonicalName());
    }
    throw new IllegalStateException("not a static type: " + type);
  }

  /** Decodes the contents of a dynamic value starting at {@code pos} and sets {@link #end}. */
  private Object dynamicValue(AbiType type, int pos) {
    if (type instanceof BytesType) {
      return lengthPrefixed(type, pos);
    } else if (type instanceof StringType) {
      return utf8(type, pos, lengthPrefixed(type, pos));
    } else if (type instanceof ArrayType array) {
      long length = lengthWord(type, pos, "length");
      int elementsStart = pos + WORD;
      if (length * array.element().headSize() > limit - elementsStart) {
        throw error(
            type,
            pos,
            "length "
                + length
                + " needs more bytes than the "
                + (limit - elementsStart)
                + " that remain");
      }
      return sequence(i -> array.element(), (int) length, elementsStart, type.canonicalName());
    } else if (type instanceof FixedArrayType array) {
      return sequence(i -> array.element(), array.length(), pos, type.canonicalName());
    } else if (type instanceof TupleType tuple) {
      List<AbiType> components = tuple.components();
      return sequence(components::get, components.size(), pos, type.canonicalName());
    }
    throw new IllegalStateException("not a dynamic type: " + type);
  }

  private byte[] lengthPrefixed(AbiType type, int pos) {
    long length = lengthWord(type, pos, "length");
    int contentStart = pos + WORD;
    long padded = AbiEncoder.paddedLength(length);
    if (padded > limit - contentStart) {
      throw error(
          type,
          pos,
          "length "
              + length
              + " needs "
              + padded
              + " bytes, only "
              + (limit - contentStart)
              + " remain");
    }
    int contentEnd = contentStart + (int) length;
    end = contentStart + (int) padded;
    requireZeros(type, pos, contentEnd, end, "nonzero padding after the contents");
    return Arrays.copyOfRange(data, contentStart, contentEnd);
  }

  private String utf8(AbiType type, int pos, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw error(
          type, pos, "invalid UTF-8 at byte " + (pos + WORD + in.position()) + " of the data");
    }
    return out.flip().toString();
  }

  /** A word holding an offset or a length, which must fit in a non-negative int. */
  private long lengthWord(AbiType type, int pos, String what) {
    if (WORD > limit - pos) {
      throw error(
          type, pos, "needs a 32-byte " + what + ", only " + (limit - pos) + " bytes remain");
    }
    int low = pos + WORD - Integer.BYTES;
    for (int i = pos; i < low; i++) {
      if (data[i] != 0) {
        throw error(type, pos, what + " 0x" + word(pos) + " is too large");
      }
    }
    long value =
        ((data[low] & 0xffL) << 24)
            | ((data[low + 1] & 0xffL) << 16)
            | ((data[low + 2] & 0xffL) << 8)
            | (data[low + 3] & 0xffL);
    if (value > Integer.MAX_VALUE) {
      throw error(type, pos, what + " " + value + " is too large");
    }
    return value;
  }

  private void requireZeros(AbiType type, int valuePos, int from, int to, String problem) {
    for (int i = from; i < to; i++) {
      if (data[i] != 0) {
        throw error(type, valuePos, problem + " (nonzero byte at " + i + ")");
      }
    }
  }

  private String word(int pos) {
    return Hex.encode(Arrays.copyOfRange(data, pos, Math.min(limit, pos + WORD)));
  }

  private static AbiException error(AbiType type, int pos, String problem) {
    return new AbiException(type.canonicalName() + " at byte " + pos + ": " + problem);
  }
}
