package org.jbcos.evm;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a whole transaction.
 *
 * @param invalidReason present when the transaction was rejected before execution (bad nonce, too
 *     little balance for gas and value, intrinsic gas above the limit); the state is then unchanged
 * @param halt how the top frame ended
 * @param gasUsed gas charged after refunds
 * @param output RETURN or REVERT data of the top frame
 * @param logs logs if the transaction succeeded
 * @param createdAddress the new contract of a successful creation
 */
public record TransactionResult(
    Optional<String> invalidReason,
    Halt halt,
    long gasUsed,
    byte[] output,
    List<Log> logs,
    Optional<Address> createdAddress) {

  public boolean isValid() {
    return invalidReason.isEmpty();
  }
}
