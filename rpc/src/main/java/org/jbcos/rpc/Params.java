package org.jbcos.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbcos.crypto.Hex;

/**
 * The positional parameters of one call, read with FISCO's conventions. Every getter fails with
 * -32602 naming the position and what was expected. Extra parameters are accepted (the SDK sends
 * {@code [1]} to methods declared without parameters).
 */
public final class Params {
  private static final int MAX_GROUP_ID = 32767;

  private final String method;
  private final ArrayNode values;

  public Params(String method, ArrayNode values) {
    this.method = method;
    this.values = values;
  }

  public String method() {
    return method;
  }

  public int size() {
    return values.size();
  }

  /** Fails with -32602 unless there are at least {@code count} parameters. */
  public void requireAtLeast(int count, String shape) {
    if (values.size() < count) {
      throw RpcErrors.invalidParams(
          method + " expects " + shape + ", got " + values.size() + " parameter(s)");
    }
  }

  JsonNode get(int i) {
    JsonNode node = values.get(i);
    if (node == null) {
      throw RpcErrors.invalidParams(method + ": params[" + i + "] is missing");
    }
    return node;
  }

  private RpcException wrong(int i, String expected) {
    JsonNode node = values.get(i);
    String got = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    return RpcErrors.invalidParams(
        method + ": params[" + i + "] must be " + expected + ", got " + got);
  }

  /** A JSON integer (the groupId parameter: jsonrpccpp declares it JSON_INTEGER). */
  public int integer(int i) {
    JsonNode node = get(i);
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw wrong(i, "an integer");
    }
    return node.intValue();
  }

  /** The groupId at {@code i}: an integer in 1..32767. */
  public int groupId(int i) {
    int g = integer(i);
    if (g < 1 || g > MAX_GROUP_ID) {
      throw RpcErrors.groupNotExist();
    }
    return g;
  }

  public String text(int i) {
    JsonNode node = get(i);
    if (!node.isTextual()) {
      throw wrong(i, "a string");
    }
    return node.textValue();
  }

  public boolean bool(int i) {
    JsonNode node = get(i);
    if (!node.isBoolean()) {
      throw wrong(i, "true or false");
    }
    return node.booleanValue();
  }

  public JsonNode object(int i) {
    JsonNode node = get(i);
    if (!node.isObject()) {
      throw wrong(i, "an object");
    }
    return node;
  }

  public List<String> textArray(int i) {
    JsonNode node = get(i);
    if (!node.isArray()) {
      throw wrong(i, "an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : node) {
      if (!e.isTextual()) {
        throw wrong(i, "an array of strings");
      }
      out.add(e.textValue());
    }
    return out;
  }

  /**
   * A non-negative quantity written as a decimal string (what the SDK sends for block numbers), a
   * {@code 0x} hex string (block-internal indexes) or a JSON integer.
   */
  public BigInteger quantity(int i) {
    JsonNode node = get(i);
    if (node.isIntegralNumber()) {
      BigInteger v = node.bigIntegerValue();
      if (v.signum() < 0) {
        throw wrong(i, "a non-negative number");
      }
      return v;
    }
    if (!node.isTextual()) {
      throw wrong(i, "a decimal or 0x-hex number string");
    }
    BigInteger v = parseQuantity(node.textValue());
    if (v == null) {
      throw wrong(
          i, "a decimal or 0x-hex number string (\"" + abbreviate(node.textValue()) + "\")");
    }
    return v;
  }

  /** A block number; {@code "latest"} is {@code latest}. */
  public long blockNumber(int i, long latest) {
    JsonNode node = get(i);
    if (node.isTextual() && node.textValue().equals("latest")) {
      return latest;
    }
    BigInteger v = quantity(i);
    return v.bitLength() < 63 ? v.longValue() : Long.MAX_VALUE;
  }

  /** An index into a block; values past int range are simply out of range. */
  public int index(int i) {
    BigInteger v = quantity(i);
    return v.bitLength() < 31 ? v.intValue() : Integer.MAX_VALUE;
  }

  /** A 32-byte hash, with or without 0x. */
  public byte[] hash(int i) {
    return fixedBytes(i, 32, "a 32-byte hash (0x + 64 hex)");
  }

  /** A 20-byte address, with or without 0x. */
  public byte[] address(int i) {
    return fixedBytes(i, 20, "an address (0x + 40 hex)");
  }

  /** Hex bytes with or without 0x ({@code "0x"} is empty). */
  public byte[] bytes(int i) {
    byte[] b = decodeHex(text(i));
    if (b == null) {
      throw wrong(i, "0x-prefixed hex bytes");
    }
    return b;
  }

  private byte[] fixedBytes(int i, int length, String expected) {
    byte[] b = decodeHex(text(i));
    if (b == null || b.length != length) {
      throw wrong(i, expected);
    }
    return b;
  }

  /** Decoded hex, or null if {@code s} is not hex of whole bytes. */
  public static byte[] decodeHex(String s) {
    try {
      return Hex.decode(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A decimal or 0x-hex non-negative integer, or null. */
  public static BigInteger parseQuantity(String s) {
    String t = s.trim();
    int radix = 10;
    if (t.startsWith("0x") || t.startsWith("0X")) {
      t = t.substring(2);
      radix = 16;
    }
    if (t.isEmpty() || t.length() > 80) {
      return null;
    }
    for (int k = 0; k < t.length(); k++) {
      if (Character.digit(t.charAt(k), radix) < 0) {
        return null;
      }
    }
    return new BigInteger(t, radix);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
