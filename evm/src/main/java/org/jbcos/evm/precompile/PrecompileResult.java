package org.jbcos.evm.precompile;

/**
 * The outcome of a precompiled contract.
 *
 * @param success false when the input is invalid (e.g. a point not on the curve)
 * @param output the return data; empty on failure
 * @param gasUsed gas the contract measured while running, charged on top of {@link
 *     PrecompiledContract#gasRequirement}; more than the call has left fails the call. 0 for
 *     Ethereum's precompiles, which know their price up front.
 */
public record PrecompileResult(boolean success, byte[] output, long gasUsed) {
  public static PrecompileResult success(byte[] output) {
    return new PrecompileResult(true, output, 0);
  }

  /** A success that costs {@code gasUsed}, known only after running (FISCO's system contracts). */
  public static PrecompileResult success(byte[] output, long gasUsed) {
    return new PrecompileResult(true, output, gasUsed);
  }

  public static PrecompileResult failure() {
    return new PrecompileResult(false, new byte[0], 0);
  }
}
