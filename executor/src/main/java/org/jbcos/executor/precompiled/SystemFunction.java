package org.jbcos.executor.precompiled;

import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.HashFunction;

/**
 * A function of a system contract: its ABI (selector under the chain's hash) and its body.
 *
 * @param abi signature, selector and return types
 * @param writes whether it changes tables (refused inside a STATICCALL)
 * @param body what it does; returns the ABI-encoded output
 */
public record SystemFunction(AbiFunction abi, boolean writes, Body body) {

  /** The work of a function; returns the ABI-encoded output. */
  @FunctionalInterface
  public interface Body {
    byte[] run(SystemCall call);
  }

  /**
   * A function that changes tables, e.g. {@code "setValueByKey(string,string) returns (int256)"}.
   */
  public static SystemFunction writing(String signature, HashFunction hash, Body body) {
    return new SystemFunction(AbiFunction.parse(signature, hash), true, body);
  }

  /** A function that only reads. */
  public static SystemFunction reading(String signature, HashFunction hash, Body body) {
    return new SystemFunction(AbiFunction.parse(signature, hash), false, body);
  }
}
