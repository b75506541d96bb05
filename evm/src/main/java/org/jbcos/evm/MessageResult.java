package org.jbcos.evm;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a frame.
 *
 * @param halt SUCCESS, REVERT or an exceptional halt
 * @param gasLeft gas returned to the caller (0 after an exceptional halt)
 * @param gasRefund SSTORE and SELFDESTRUCT refunds accumulated (applied once per transaction)
 * @param output RETURN or REVERT data
 * @param logs logs of this frame and its successful children, in order; empty unless SUCCESS
 * @param createdAddress the new contract for a successful creation
 * @param selfDestructs accounts that executed SELFDESTRUCT in successful frames, to delete at the
 *     end of the transaction
 */
public record MessageResult(
    Halt halt,
    long gasLeft,
    long gasRefund,
    byte[] output,
    List<Log> logs,
    Optional<Address> createdAddress,
    java.util.Set<Address> selfDestructs) {}
