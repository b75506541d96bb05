package org.jbcos.evm;

import org.jbcos.evm.worldstate.WorldState;

/**
 * Runs a whole transaction: validation, intrinsic gas, nonce and value, the top frame, refunds,
 * fees to the coinbase, and EIP-158 removal of touched empty accounts.
 *
 * <p>WORK IN PROGRESS: lands with the interpreter.
 */
public final class TransactionProcessor {
  /**
   * Which Ethereum rules apply on top of the EVM.
   *
   * @param chargeFees buy gas up front and pay the coinbase (Ethereum); FISCO charges nothing
   * @param checkNonce require tx nonce == account nonce (Ethereum); FISCO uses its own nonces
   */
  public record Rules(boolean chargeFees, boolean checkNonce) {
    public static final Rules ETHEREUM = new Rules(true, true);
    public static final Rules FISCO = new Rules(false, false);
  }

  private final Evm evm;
  private final Rules rules;

  public TransactionProcessor(Evm evm, Rules rules) {
    this.evm = evm;
    this.rules = rules;
  }

  public TransactionResult process(WorldState state, BlockContext block, EvmTransaction tx) {
    throw new UnsupportedOperationException(
        "not written yet (" + evm.config().gas() + ", " + rules + ", " + state + block + tx + ")");
  }
}
