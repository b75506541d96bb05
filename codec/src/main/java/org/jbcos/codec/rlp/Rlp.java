package org.jbcos.codec.rlp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recursive Length Prefix encoding (Ethereum yellow paper, appendix B), strict on decode: every
 * value must use its one canonical form and the input must hold exactly one item.
 */
public final class Rlp {
  /** Nesting deeper than this is rejected so hostile input cannot exhaust the stack. */
  public static final int MAX_DEPTH = 64;

  private static final byte[] EMPTY = new byte[0];

  private Rlp() {}

  // ---------------------------------------------------------------- encoding

  public static byte[] encodeBytes(byte[] value) {
    if (value.length == 1 && (value[0] & 0xff) < 0x80) {
      return new byte[] {value[0]};
    }
    byte[] out = new byte[prefixLength(value.length) + value.length];
    int pos = writePrefix(out, value.length, 0x80);
    System.arraycopy(value, 0, out, pos, value.length);
    return out;
  }

  /** A non-negative integer in minimal big-endian form; zero encodes as the empty string. */
  public static byte[] encodeUnsigned(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    if (value.bitLength() < 64) {
      return encodeLong(value.longValue());
    }
    return encodeBytes(minimalBytes(value));
  }

  public static byte[] encodeLong(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    if (value < 0x80) {
      return value == 0 ? new byte[] {(byte) 0x80} : new byte[] {(byte) value};
    }
    int n = byteLength(value);
    byte[] out = new byte[1 + n];
    out[0] = (byte) (0x80 + n);
    writeBigEndian(out, 1, value, n);
    return out;
  }

  public static byte[] encodeString(String utf8) {
    return encodeBytes(utf8.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A list whose items are already RLP-encoded. */
  public static byte[] encodeList(List<byte[]> encodedItems) {
    int total = 0;
    for (byte[] item : encodedItems) {
      total += item.length;
    }
    byte[] out = new byte[prefixLength(total) + total];
    int pos = writePrefix(out, total, 0xc0);
    for (byte[] item : encodedItems) {
      System.arraycopy(item, 0, out, pos, item.length);
      pos += item.length;
    }
    return out;
  }

  public static byte[] encodeList(byte[]... encodedItems) {
    return encodeList(Arrays.asList(encodedItems));
  }

  public static byte[] encode(RlpItem item) {
    if (item instanceof RlpString s) {
      return encodeBytes(s.bytes());
    }
    RlpList list = (RlpList) item;
    List<byte[]> encoded = new ArrayList<>(list.size());
    for (RlpItem child : list.items()) {
      encoded.add(encode(child));
    }
    return encodeList(encoded);
  }

  /** The big-endian bytes of a non-negative integer without leading zeros; zero is empty. */
  public static byte[] minimalBytes(BigInteger value) {
    if (value.signum() == 0) {
      return EMPTY;
    }
    byte[] raw = value.toByteArray();
    if (raw[0] == 0) {
      byte[] trimmed = new byte[raw.length - 1];
      System.arraycopy(raw, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return raw;
  }

  /** The bytes of the length header of a payload of {@code length} bytes. */
  private static int prefixLength(int length) {
    return length < 56 ? 1 : 1 + byteLength(length);
  }

  /** Writes the length header at the start of {@code out}; returns where the payload starts. */
  private static int writePrefix(byte[] out, int length, int offset) {
    if (length < 56) {
      out[0] = (byte) (offset + length);
      return 1;
    }
    int n = byteLength(length);
    out[0] = (byte) (offset + 55 + n);
    writeBigEndian(out, 1, length, n);
    return 1 + n;
  }

  /** The bytes of a positive value without leading zeros. */
  private static int byteLength(long value) {
    return (64 - Long.numberOfLeadingZeros(value) + 7) / 8;
  }

  private static void writeBigEndian(byte[] out, int pos, long value, int n) {
    for (int i = n - 1; i >= 0; i--) {
      out[pos + i] = (byte) value;
      value >>>= 8;
    }
  }

  // ---------------------------------------------------------------- decoding

  /**
   * Decodes exactly one item spanning all of {@code data}.
   *
   * @throws RlpException naming the offset and rule when the input is empty, truncated,
   *     non-canonical, too deeply nested, or followed by trailing bytes
   */
  public static RlpItem decode(byte[] data) {
    if (data.length == 0) {
      throw new RlpException("empty input is not an RLP item");
    }
    Decoder d = new Decoder(data);
    RlpItem item = d.item(0, data.length, 0);
    if (d.pos != data.length) {
      throw new RlpException(
          "trailing bytes after the RLP item: "
              + (data.length - d.pos)
              + " bytes from offset "
              + d.pos);
    }
    return item;
  }

  /**
   * The raw encodings of the items of the one list spanning all of {@code data}, for decoding each
   * on its own (a block's transactions) without decoding and re-encoding them here. Only the list's
   * and the items' length headers are checked; {@code what} names the list in errors.
   *
   * @throws RlpException when {@code data} is not exactly one list or an item's header is
   *     truncated, oversize or not canonical
   */
  public static List<byte[]> listElements(byte[] data, String what) {
    if (data.length == 0) {
      throw new RlpException(what + ": empty input is not an RLP item");
    }
    return new Decoder(data).elements(what);
  }

  private static final class Decoder {
    private final byte[] data;
    private int pos;

    Decoder(byte[] data) {
      this.data = data;
    }

    List<byte[]> elements(String what) {
      int prefix = data[0] & 0xff;
      if (prefix < 0xc0) {
        throw new RlpException(what + " must be an RLP list, found a string");
      }
      pos = 0;
      int listEnd = length(prefix, 0xc0, data.length) + pos;
      if (listEnd != data.length) {
        throw new RlpException(
            "trailing bytes after the RLP item: "
                + (data.length - listEnd)
                + " bytes from offset "
                + listEnd);
      }
      List<byte[]> out = new ArrayList<>();
      while (pos < listEnd) {
        int start = pos;
        skipItem(listEnd);
        out.add(Arrays.copyOfRange(data, start, pos));
      }
      return out;
    }

    /** Moves {@code pos} past the item starting there, checking only its header. */
    private void skipItem(int end) {
      int prefix = data[pos] & 0xff;
      if (prefix < 0x80) {
        pos++;
        return;
      }
      int headerStart = pos;
      boolean string = prefix < 0xc0;
      int length = length(prefix, string ? 0x80 : 0xc0, end);
      if (string && length == 1 && (data[pos] & 0xff) < 0x80) {
        throw new RlpException(
            "non-canonical RLP at offset "
                + headerStart
                + ": a single byte below 0x80 must encode as itself");
      }
      pos += length;
    }

    RlpItem item(int start, int end, int depth) {
      pos = start;
      if (pos >= end) {
        throw new RlpException("truncated RLP: expected an item at offset " + pos);
      }
      int prefix = data[pos] & 0xff;
      if (prefix < 0x80) {
        pos++;
        return new RlpString(new byte[] {(byte) prefix});
      }
      if (prefix < 0xc0) {
        int headerStart = pos;
        int length = length(prefix, 0x80, end);
        if (length == 1 && (data[pos] & 0xff) < 0x80) {
          throw new RlpException(
              "non-canonical RLP at offset "
                  + headerStart
                  + ": a single byte below 0x80 must encode as itself");
        }
        byte[] value = new byte[length];
        System.arraycopy(data, pos, value, 0, length);
        pos += length;
        return new RlpString(value);
      }
      if (depth >= MAX_DEPTH) {
        throw new RlpException("RLP nesting deeper than " + MAX_DEPTH + " at offset " + pos);
      }
      int length = length(prefix, 0xc0, end);
      int listEnd = pos + length;
      List<RlpItem> items = new ArrayList<>();
      while (pos < listEnd) {
        items.add(item(pos, listEnd, depth + 1));
      }
      return new RlpList(items);
    }

    /** Reads the length after a prefix byte, leaving {@code pos} at the payload. */
    private int length(int prefix, int base, int end) {
      int headerStart = pos;
      int shortMax = base + 55;
      long length;
      if (prefix <= shortMax) {
        length = prefix - base;
        pos++;
      } else {
        int lenOfLen = prefix - shortMax;
        if (headerStart + 1 + lenOfLen > end) {
          throw new RlpException("truncated RLP length at offset " + headerStart);
        }
        if (data[headerStart + 1] == 0) {
          throw new RlpException(
              "non-canonical RLP at offset " + headerStart + ": length has a leading zero byte");
        }
        if (lenOfLen > 4) {
          throw new RlpException(
              "RLP length at offset " + headerStart + " does not fit in 4 bytes (oversize item)");
        }
        length = 0;
        for (int i = 0; i < lenOfLen; i++) {
          length = (length << 8) | (data[headerStart + 1 + i] & 0xff);
        }
        if (length < 56) {
          throw new RlpException(
              "non-canonical RLP at offset "
                  + headerStart
                  + ": length "
                  + length
                  + " must use the short form");
        }
        pos = headerStart + 1 + lenOfLen;
      }
      if (length > end - pos) {
        throw new RlpException(
            "RLP item at offset "
                + headerStart
                + " claims "
                + length
                + " bytes but only "
                + (end - pos)
                + " remain");
      }
      return (int) length;
    }
  }
}
