package org.jbcos.executor.precompiled;

import java.util.List;
import org.jbcos.codec.abi.Address;
import org.jbcos.crypto.HashFunction;

/**
 * 0x1001, TableFactory:
 *
 * <ul>
 *   <li>{@code createTable(string name, string keyField, string valueFields) returns (int256)}
 *       creates the user table {@code u_<name>} (value fields comma-separated) and returns 0, or
 *       the code of the {@link UserTables} rule broken.
 *   <li>{@code openTable(string name) returns (address)}: a Table object over {@code u_<name>} at
 *       the transaction's next temporary address, or the zero address when there is no such table.
 * </ul>
 */
final class TableFactoryPrecompiled extends SystemContract {

  TableFactoryPrecompiled(HashFunction hash, ObjectKinds kinds, GasMetrics metrics) {
    super(
        "TableFactory",
        List.of(
            SystemFunction.writing(
                "createTable(string,string,string) returns (int256)",
                hash,
                c ->
                    ReturnCodes.encode(
                        UserTables.create(c, c.string(0), c.string(1), c.string(2)))),
            SystemFunction.reading(
                "openTable(string) returns (address)",
                hash,
                c ->
                    Outputs.address(
                        UserTables.open(c, c.string(0))
                            .map(t -> kinds.table().create(c, new TableObject(t)))
                            .orElse(Address.ZERO)))),
        metrics);
  }

  @Override
  protected boolean inputCountsAsMemory() {
    return true;
  }
}
