package org.jbcos.executor.precompiled;

import static org.jbcos.executor.precompiled.ObjectFunction.recording;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.GET_ADDR;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.GET_BYTE32;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.GET_BYTE64;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.GET_INT;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.GET_STRING;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbcos.codec.abi.AbiException;
import org.jbcos.codec.abi.Address;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.storage.Entry;

/**
 * An Entry object of Table.sol: the fields of one row, read from a table or set by a contract
 * before an insert or update. Values are text, as 2.x stores them: numbers in decimal, addresses as
 * 40 lowercase hex digits without 0x. Reading a field that is not set gives "" (and fails for the
 * number and address getters, as 2.9's conversions throw).
 */
final class EntryObject {
  private static final BigInteger INT256_MIN = BigInteger.ONE.shiftLeft(255).negate();
  private static final BigInteger INT256_MAX =
      BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE);
  private static final BigInteger UINT256_MAX =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private final Map<String, String> fields = new TreeMap<>();

  /** An object over a copy of {@code row}'s fields. */
  static EntryObject of(Entry row) {
    EntryObject e = new EntryObject();
    for (String name : row.names()) {
      e.fields.put(name, row.getOrEmpty(name));
    }
    return e;
  }

  String get(String field) {
    return fields.getOrDefault(field, "");
  }

  void set(String field, String value) {
    fields.put(field, value);
  }

  /** The fields as a storage entry, without {@code keyField} (the key is given separately). */
  Entry toEntryWithout(String keyField) {
    Entry.Builder b = Entry.builder();
    fields.forEach(
        (name, value) -> {
          if (!name.equals(keyField)) {
            b.set(name, value);
          }
        });
    return b.build();
  }

  static ObjectKind<EntryObject> kind(HashFunction hash) {
    return new ObjectKind<>(
        "Entry",
        List.of(
            ObjectFunction.<EntryObject>reading(
                "getInt(string) returns (int256)",
                hash,
                recording(
                    GET_INT, (e, c) -> out(integer(e.get(c.string(0)), INT256_MIN, INT256_MAX)))),
            ObjectFunction.<EntryObject>reading(
                "getUInt(string) returns (uint256)",
                hash,
                recording(
                    GET_INT,
                    (e, c) -> out(integer(e.get(c.string(0)), BigInteger.ZERO, UINT256_MAX)))),
            ObjectFunction.<EntryObject>reading(
                "getAddress(string) returns (address)",
                hash,
                recording(GET_ADDR, (e, c) -> out(address(e.get(c.string(0)))))),
            ObjectFunction.<EntryObject>reading(
                "getBytes64(string) returns (bytes32,bytes32)",
                hash,
                recording(
                    GET_BYTE64,
                    (e, c) -> {
                      byte[] value = Arrays.copyOf(utf8(e.get(c.string(0))), 64);
                      return new Object[] {
                        Arrays.copyOfRange(value, 0, 32), Arrays.copyOfRange(value, 32, 64)
                      };
                    })),
            ObjectFunction.<EntryObject>reading(
                "getBytes32(string) returns (bytes32)",
                hash,
                recording(GET_BYTE32, (e, c) -> out(Arrays.copyOf(utf8(e.get(c.string(0))), 32)))),
            ObjectFunction.<EntryObject>reading(
                "getString(string) returns (string)",
                hash,
                recording(GET_STRING, (e, c) -> out(e.get(c.string(0))))),
            ObjectFunction.<EntryObject>reading(
                "set(string,int256)", hash, (e, c) -> set(e, c, c.integer(1).toString())),
            ObjectFunction.<EntryObject>reading(
                "set(string,uint256)", hash, (e, c) -> set(e, c, c.integer(1).toString())),
            ObjectFunction.<EntryObject>reading(
                "set(string,string)", hash, (e, c) -> set(e, c, c.string(1))),
            ObjectFunction.<EntryObject>reading(
                "set(string,address)",
                hash,
                (e, c) -> set(e, c, Hex.encode(c.address(1).toBytes())))));
  }

  private static Object[] set(EntryObject e, SystemCall c, String value) {
    e.set(c.string(0), value);
    c.gas().record(PrecompiledGas.Operation.SET);
    return ObjectFunction.NO_OUTPUT;
  }

  /** 2.9's capacity of the entry: the bytes of its field names and values. */
  long capacity() {
    long bytes = 0;
    for (Map.Entry<String, String> f : fields.entrySet()) {
      bytes += PrecompiledGas.utf8Length(f.getKey()) + PrecompiledGas.utf8Length(f.getValue());
    }
    return bytes;
  }

  private static Object[] out(Object value) {
    return new Object[] {value};
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static BigInteger integer(String text, BigInteger min, BigInteger max) {
    BigInteger v;
    try {
      v = new BigInteger(text.trim());
    } catch (NumberFormatException e) {
      throw new CallFailure("not an integer: '" + text + "'");
    }
    if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
      throw new CallFailure("out of range: " + text);
    }
    return v;
  }

  private static Address address(String text) {
    try {
      return Address.fromHex(text);
    } catch (AbiException e) {
      throw new CallFailure("not an address: '" + text + "'");
    }
  }
}
