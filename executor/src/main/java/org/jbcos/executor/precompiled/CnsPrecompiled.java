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

  /** The fields of a {@code _sys_cns_} row: name, version, address, abi. */
  private static final int FIELDS = 4;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  CnsPrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "CNS",
        List.of(
            SystemFunction.writing(
                "insert(string,string,string,string) returns (uint256)",
                hash,
                CnsPrecompiled::insert),
            SystemFunction.reading(
                "selectByName(string) returns (string)", hash, CnsPrecompiled::selectByName),
            SystemFunction.reading(
                "selectByNameAndVersion(string,string) returns (string)",
                hash,
                CnsPrecompiled::selectByNameAndVersion),
            SystemFunction.reading(
                "getContractAddress(string,string) returns (address)",
                hash,
                CnsPrecompiled::getContractAddress)),
        metrics);
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
    Table table = cns(c);
    // 2.9 reads every version of the name to look for this one, and prices that select
    List<Entry> versions = table.select(name);
    c.gas().record(PrecompiledGas.Operation.SELECT, versions.size());
    if (UserTables.bytes(version) > VERSION_MAX_LENGTH) {
      return ReturnCodes.encode(ReturnCodes.CNS_VERSION_LENGTH_OVERFLOW);
    }
    if (versions.stream().anyMatch(r -> r.getOrEmpty(VERSION).equals(version))) {
      return ReturnCodes.encode(ReturnCodes.CNS_NAME_AND_VERSION_EXIST);
    }
    if (parseAddress(address) == null) {
      return ReturnCodes.encode(ReturnCodes.INVALID_ADDRESS);
    }
    Entry row = Entry.of(VERSION, version, ADDRESS, address, ABI, abi);
    int rows = TableWrites.insert(c, table, name, row);
    if (rows > 0) {
      // 2.9 counts the entry's fields (name, version, address, abi) here, not their bytes
      c.gas().raiseMemory((long) FIELDS * rows);
      c.gas().record(PrecompiledGas.Operation.INSERT, rows);
    }
    return ReturnCodes.encode(rows);
  }

  private static byte[] selectByName(SystemCall c) {
    List<Entry> rows = cns(c).select(c.string(0));
    // sic: 2.9 prices this select as one Set per row
    c.gas().record(PrecompiledGas.Operation.SET, rows.size());
    return Outputs.string(json(c.string(0), rows));
  }

  private static byte[] selectByNameAndVersion(SystemCall c) {
    Table table = cns(c);
    c.gas().record(PrecompiledGas.Operation.EQ);
    List<Entry> rows = byVersion(c, table);
    return Outputs.string(json(c.string(0), rows.stream().limit(1).toList()));
  }

  private static byte[] getContractAddress(SystemCall c) {
    List<Entry> rows = byVersion(c, cns(c));
    return Outputs.address(
        rows.stream()
            .findFirst()
            .map(e -> parseAddress(e.getOrEmpty(ADDRESS)))
            .orElse(Address.ZERO));
  }

  private static List<Entry> byVersion(SystemCall c, Table table) {
    List<Entry> rows = table.select(c.string(0), Condition.all().eq(VERSION, c.string(1)));
    c.gas().record(PrecompiledGas.Operation.SELECT, rows.size());
    return rows;
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
    c.gas().record(PrecompiledGas.Operation.OPEN_TABLE);
    return c.tables()
        .openTable(SystemTables.CNS)
        .orElseThrow(() -> new IllegalStateException("no " + SystemTables.CNS));
  }

  @Override
  protected boolean inputCountsAsMemory() {
    return true;
  }
}
