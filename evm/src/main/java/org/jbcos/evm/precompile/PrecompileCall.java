package org.jbcos.evm.precompile;

import org.jbcos.evm.BlockContext;
import org.jbcos.evm.Message;
import org.jbcos.evm.TxContext;
import org.jbcos.evm.worldstate.WorldState;

/**
 * One call of a precompiled contract with what surrounds it: Ethereum's precompiles read only the
 * input, FISCO's system contracts (0x1000…) also read the caller, the block and the state.
 *
 * @param state the world state of the calling transaction (writes roll back with the call)
 * @param block the block being executed
 * @param tx the transaction's origin
 * @param message the call: sender, input, gas and whether it is static
 * @param temporaries the contracts the transaction created at temporary addresses; a system
 *     contract may look them up or add more (FISCO's Table, Entry and Condition objects)
 */
public record PrecompileCall(
    WorldState state,
    BlockContext block,
    TxContext tx,
    Message message,
    TemporaryContracts temporaries) {
  public byte[] input() {
    return message.input();
  }
}
