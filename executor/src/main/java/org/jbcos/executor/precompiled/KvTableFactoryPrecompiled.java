package org.jbcos.executor.precompiled;

import java.util.List;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.ErrorCode;

/**
 * 0x1010, KVTableFactory: {@code createTable(string,string,string) returns (int256)} creates {@code
 * u_<name>} under the same rules as TableFactory, but, as in 2.9, only an existing table comes back
 * as a code (−50001); any other broken rule fails the call. {@code openTable(string) returns
 * (address)} gives a KVTable object, and fails the call when the table does not exist.
 */
final class KvTableFactoryPrecompiled extends SystemContract {

  KvTableFactoryPrecompiled(HashFunction hash, ObjectKinds kinds, GasMetrics metrics) {
    super(
        "KVTableFactory",
        List.of(
            SystemFunction.writing(
                "createTable(string,string,string) returns (int256)",
                hash,
                KvTableFactoryPrecompiled::createTable),
            SystemFunction.reading(
                "openTable(string) returns (address)",
                hash,
                c ->
                    Outputs.address(
                        UserTables.open(c, c.string(0))
                            .map(t -> kinds.kvTable().create(c, new KvTableObject(t)))
                            .orElseThrow(
                                () ->
                                    new CallFailure(
                                        "no table " + UserTables.PREFIX + c.string(0)))))),
        metrics);
  }

  private static byte[] createTable(SystemCall c) {
    int code = UserTables.create(c, c.string(0), c.string(1), c.string(2));
    if (code < 0 && code != ErrorCode.TABLE_NAME_ALREADY_EXISTS.code()) {
      throw new CallFailure("createTable " + c.string(0) + ": " + code);
    }
    return ReturnCodes.encode(code);
  }

  @Override
  protected boolean inputCountsAsMemory() {
    return true;
  }
}
