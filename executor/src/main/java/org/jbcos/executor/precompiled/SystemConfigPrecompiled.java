package org.jbcos.executor.precompiled;

import java.util.List;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * 0x1000: {@code setValueByKey(string key, string value) returns (int256)}. The key is lower-cased
 * and the value checked by {@link SystemConfigRules}; a valid pair is written to {@code
 * _sys_config_} with {@code enable_num} = block + 1 (so it applies from the next block) and 1 is
 * returned; anything else returns {@link ReturnCodes#INVALID_CONFIGURATION_VALUES} and writes
 * nothing. An origin outside the table's whitelist ({@link TableAccess}) gets {@link
 * ReturnCodes#NO_AUTHORIZED}.
 */
public final class SystemConfigPrecompiled extends SystemContract {
  static final String VALUE = "value";
  static final String ENABLE_NUM = "enable_num";

  public SystemConfigPrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "systemConfig",
        List.of(
            SystemFunction.writing(
                "setValueByKey(string,string) returns (int256)",
                hash,
                SystemConfigPrecompiled::setValueByKey)),
        metrics);
  }

  private static byte[] setValueByKey(SystemCall call) {
    String key = SystemConfigRules.normalizeKey(call.string(0));
    String value = call.string(1);
    if (!SystemConfigRules.isValid(key, value)) {
      return ReturnCodes.encode(ReturnCodes.INVALID_CONFIGURATION_VALUES);
    }
    if (!call.mayWrite(SystemTables.CONFIG)) {
      return ReturnCodes.encode(ReturnCodes.NO_AUTHORIZED);
    }
    Table config =
        call.tables()
            .openTable(SystemTables.CONFIG)
            .orElseThrow(() -> new IllegalStateException("no " + SystemTables.CONFIG));
    Entry row = Entry.of(VALUE, value, ENABLE_NUM, call.enableNum());
    int written = config.update(key, row, Condition.all());
    if (written == 0) {
      written = config.insert(key, row);
    }
    return ReturnCodes.encode(written);
  }
}
