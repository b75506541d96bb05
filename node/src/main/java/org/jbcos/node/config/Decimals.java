package org.jbcos.node.config;

import java.math.BigDecimal;

/** Decimal values as INI text: plain notation, no exponent, no pointless {@code .0}. */
final class Decimals {
  private Decimals() {}

  static String text(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
