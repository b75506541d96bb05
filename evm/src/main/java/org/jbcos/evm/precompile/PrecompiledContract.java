package org.jbcos.evm.precompile;

/** A contract implemented natively at a fixed address (0x1-0x9, and FISCO's 0x1000 range). */
public interface PrecompiledContract {
  String name();

  /** Gas charged for {@code input}; more than the call's gas means out of gas. */
  long gasRequirement(byte[] input);

  /** Runs the contract; a failed result consumes all the call's gas, as in the yellow paper. */
  PrecompileResult compute(byte[] input);

  /**
   * Runs the contract with its call context. Ethereum's precompiles need only the input (the
   * default); FISCO's system contracts override this to read the block and write the state.
   */
  default PrecompileResult compute(PrecompileCall call) {
    return compute(call.input());
  }

  /**
   * Whether a CALL creates the contract's account and moves value to it, as for Ethereum's
   * precompiles (the default). FISCO's system contracts have no account: a call leaves the state of
   * 0x1000… untouched and a call carrying value fails.
   */
  default boolean hasAccount() {
    return true;
  }
}
