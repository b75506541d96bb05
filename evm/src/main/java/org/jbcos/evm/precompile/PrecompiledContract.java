package org.jbcos.evm.precompile;

/** A contract implemented natively at a fixed address (0x1-0x9, and FISCO's 0x1000 range later). */
public interface PrecompiledContract {
  String name();

  /** Gas charged for {@code input}; more than the call's gas means out of gas. */
  long gasRequirement(byte[] input);

  /** Runs the contract; a failed result consumes all the call's gas, as in the yellow paper. */
  PrecompileResult compute(byte[] input);
}
