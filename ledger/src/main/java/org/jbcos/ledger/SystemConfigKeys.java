package org.jbcos.ledger;

/** Keys of {@code _sys_config_} set at genesis. */
public final class SystemConfigKeys {
  public static final String TX_COUNT_LIMIT = "tx_count_limit";
  public static final String TX_GAS_LIMIT = "tx_gas_limit";
  public static final String CONSENSUS_TIMEOUT = "consensus_timeout";

  private SystemConfigKeys() {}
}
