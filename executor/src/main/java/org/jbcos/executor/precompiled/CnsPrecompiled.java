package org.jbcos.executor.precompiled;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jbcos.codec.abi.AbiException;
import org.jbcos.codec.abi.Address;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * 0x1004, CNS: contract names and versions in {@code _sys_cns_} (key {@code name}, fields {@code
 * version}, {@code address}, {@code abi}).
 *
 * <ul>
 *   <li>{@code insert(name, version, address, abi) returns (uint256)}: 1, or −51201 for a version
 *       over 128 bytes, −51200 for a name and version registered already, −50102 for an address
 *       that is not 40 hex digits (checked in that order). A name over 128 bytes or an abi over 16
 *       MB − 1 fails the call. The address is stored as given.
 *   <li>{@code selectByName(name)}, {@code selectByNameAndVersion(name, version)} return a JSON
 *       array of {@code {"abi","address","name","version"}} (all versions, or the first match).
 *   <li>{@code getContractAddress(name, version) returns (address)}: the registered address, or
 *       zero.
 * </ul>
 */
final class CnsPrecompiled extends SystemContract {
  static final String VERSION = "version";
  static final String ADDRESS = "address";
  static final String ABI = "abi";
  static final int NAME_MAX_LENGTH = 128;
  static final int VERSION_MAX_LENGTH = 128;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  CnsPrecompiled(HashFunction hash) {
    super(
        "CNS",
        List.of(
            SystemFunction.writing(
                "insert(string,string,string,string) returns (uint256)",
                hash,
                CnsPrecompiled::insert),
            SystemFunction.reading(
                "selectByName(string) returns (string)",
                hash,
                c -> Outputs.string(json(c.string(0), cns(c).select(c.string(0))))),
            SystemFunction.reading(
                "selectByNameAndVersion(string,string) returns (string)",
                hash,
                c -> Outputs.string(json(c.string(0), byVersion(c).stream().limit(1).toList()))),
            SystemFunction.reading(
                "getContractAddress(string,string) returns (address)",
                hash,
                c ->
                    Outputs.address(
                        byVersion(c).stream()
                            .findFirst()
                            .map(e -> parseAddress(e.getOrEmpty(ADDRESS)))
                            .orElse(Address.ZERO)))));
  }

  private static byte[] insert(SystemCall c) {
    String name = c.string(0);
    String version = c.string(1);
    String address = c.string(2);
    String abi = c.string(3);
    if (UserTables.bytes(name) > NAME_MAX_LENGTH) {
      throw new CallFailure("CNS name over " + NAME_MAX_LENGTH + " bytes");
    }
    if (UserTables.bytes(abi) > UserTables.VALUE_MAX_LENGTH) {
      throw new CallFailure("CNS abi over " + UserTables.VALUE_MAX_LENGTH + " bytes");
    }
    if (UserTables.bytes(version) > VERSION_MAX_LENGTH) {
      return ReturnCodes.encode(ReturnCodes.CNS_VERSION_LENGTH_OVERFLOW);
    }
    Table table = cns(c);
    if (!table.select(name, Condition.all().eq(VERSION, version)).isEmpty()) {
      return ReturnCodes.encode(ReturnCodes.CNS_NAME_AND_VERSION_EXIST);
    }
    if (parseAddress(address) == null) {
      return ReturnCodes.encode(ReturnCodes.INVALID_ADDRESS);
    }
    Entry row = Entry.of(VERSION, version, ADDRESS, address, ABI, abi);
    return ReturnCodes.encode(TableWrites.insert(c, table, name, row));
  }

  private static List<Entry> byVersion(SystemCall c) {
    return cns(c).select(c.string(0), Condition.all().eq(VERSION, c.string(1)));
  }

  /** The address in {@code text}, or null when it is not 40 hex digits (with or without 0x). */
  private static Address parseAddress(String text) {
    try {
      return Address.fromHex(text);
    } catch (AbiException e) {
      return null;
    }
  }

  /** 2.9's JSON (jsoncpp FastWriter): members in name order, a newline at the end. */
  private static String json(String name, List<Entry> rows) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Entry row : rows) {
      ObjectNode o = array.addObject();
      o.put(ABI, row.getOrEmpty(ABI));
      o.put(ADDRESS, row.getOrEmpty(ADDRESS));
      o.put("name", name);
      o.put(VERSION, row.getOrEmpty(VERSION));
    }
    return array + "\n";
  }

  private static Table cns(SystemCall c) {
    return c.tables()
        .openTable(SystemTables.CNS)
        .orElseThrow(() -> new IllegalStateException("no " + SystemTables.CNS));
  }
}
