package org.jbcos.evm.precompile;

/**
 * The outcome of a precompiled contract.
 *
 * @param success false when the input is invalid (e.g. a point not on the curve)
 * @param output the return data; empty on failure
 */
public record PrecompileResult(boolean success, byte[] output) {
  public static PrecompileResult success(byte[] output) {
    return new PrecompileResult(true, output);
  }

  public static PrecompileResult failure() {
    return new PrecompileResult(false, new byte[0]);
  }
}
