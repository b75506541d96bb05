package org.jbcos.evm;

/**
 * The EVM: runs a {@link Message} over a {@link org.jbcos.evm.worldstate.WorldState}.
 *
 * <p>WORK IN PROGRESS: the interpreter is being written; until it lands every call fails.
 */
public final class Evm {
  private final EvmConfig config;

  public Evm(EvmConfig config) {
    this.config = config;
  }

  public EvmConfig config() {
    return config;
  }

  /** Runs one frame (and the frames it calls) and returns how it ended. */
  public MessageResult execute(
      org.jbcos.evm.worldstate.WorldState state,
      BlockContext block,
      TxContext tx,
      Message message) {
    throw new UnsupportedOperationException("interpreter not written yet");
  }
}
