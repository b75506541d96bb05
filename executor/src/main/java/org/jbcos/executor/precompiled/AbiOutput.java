package org.jbcos.executor.precompiled;

import java.util.Arrays;
import org.jbcos.codec.abi.AbiCodec;
import org.jbcos.codec.abi.AbiType;

/** ABI-encoded return values of system contract functions that return more than a code. */
final class AbiOutput {
  private AbiOutput() {}

  /**
   * {@code values} encoded as the comma-separated {@code types}, e.g. {@code of("int256,string",
   * BigInteger.ZERO, "ok")}; addresses are {@link org.jbcos.codec.abi.Address}.
   */
  static byte[] of(String types, Object... values) {
    return AbiCodec.encode(AbiType.parseList(types), Arrays.asList(values));
  }

  static byte[] string(String value) {
    return of("string", value);
  }
}
