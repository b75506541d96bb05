package org.jbcos.evm.precompile;

/** 0x4: returns its input; 15 gas plus 3 per word. */
public final class Identity implements PrecompiledContract {
  @Override
  public String name() {
    return "identity";
  }

  @Override
  public long gasRequirement(byte[] input) {
    return Inputs.linearGas(input.length, 15, 3);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    return PrecompileResult.success(input.clone());
  }
}
