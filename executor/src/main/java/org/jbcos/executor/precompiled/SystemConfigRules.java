package org.jbcos.executor.precompiled;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which {@code _sys_config_} keys {@code setValueByKey} accepts and their valid values (sdk-wire.md
 * §5.4, for a 2.9 chain with storage state). Numbers are decimal int64s. Unknown keys are refused.
 */
public final class SystemConfigRules {
  public static final String TX_COUNT_LIMIT = "tx_count_limit";
  public static final String TX_GAS_LIMIT = "tx_gas_limit";
  public static final String CONSENSUS_TIMEOUT = "consensus_timeout";
  public static final String RPBFT_EPOCH_SEALER_NUM = "rpbft_epoch_sealer_num";
  public static final String RPBFT_EPOCH_BLOCK_NUM = "rpbft_epoch_block_num";
  public static final String ENABLE_CHARGE_MGR = "enable_charge_mgr";

  /** Upper bound (exclusive) of consensus_timeout in seconds: UINT_MAX / 1000. */
  public static final long CONSENSUS_TIMEOUT_MAX = 0xFFFF_FFFFL / 1000;

  private static final Map<String, Predicate<String>> RULES =
      Map.of(
          TX_COUNT_LIMIT, v -> atLeast(v, 1),
          TX_GAS_LIMIT, v -> atLeast(v, 100_000),
          CONSENSUS_TIMEOUT, v -> atLeast(v, 3) && Long.parseLong(v) < CONSENSUS_TIMEOUT_MAX,
          RPBFT_EPOCH_SEALER_NUM, v -> atLeast(v, 1),
          RPBFT_EPOCH_BLOCK_NUM, v -> atLeast(v, 2),
          ENABLE_CHARGE_MGR, v -> v.equals("on") || v.equals("off"));

  private SystemConfigRules() {}

  /** The key as stored: lower case. */
  public static String normalizeKey(String key) {
    return key.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code key} (already lower case) may be set to {@code value}. */
  public static boolean isValid(String key, String value) {
    Predicate<String> rule = RULES.get(key);
    return rule != null && rule.test(value);
  }

  private static boolean atLeast(String value, long min) {
    try {
      return Long.parseLong(value) >= min;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
