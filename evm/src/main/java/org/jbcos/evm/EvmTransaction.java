package org.jbcos.evm;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A transaction as the EVM sees it (already decoded and its sender authenticated).
 *
 * @param sender the authenticated sender
 * @param to the callee, or empty for a contract creation
 * @param nonce the sender's account nonce the transaction claims (checked when the processor checks
 *     nonces)
 * @param gasPrice price per gas (0 on FISCO chains)
 * @param gasLimit the transaction's gas budget
 * @param value wei transferred
 * @param data call data or init code
 */
public record EvmTransaction(
    Address sender,
    Optional<Address> to,
    long nonce,
    BigInteger gasPrice,
    long gasLimit,
    BigInteger value,
    byte[] data) {}
