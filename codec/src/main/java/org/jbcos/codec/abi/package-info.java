/**
 * Solidity ABI encoding and decoding (head/tail encoding of ABI v2, including nested arrays and
 * tuples), function selectors and event topics under the chain's hash (Keccak-256 or SM3), and
 * revert reasons.
 *
 * <p>Start with {@link org.jbcos.codec.abi.AbiFunction} for calls and results, {@link
 * org.jbcos.codec.abi.AbiEvent} for logs and {@link org.jbcos.codec.abi.AbiCodec} for bare value
 * sequences. Decoding is strict: only the canonical encoding is accepted, and every problem is an
 * {@link org.jbcos.codec.abi.AbiException} naming the type and byte offset.
 */
package org.jbcos.codec.abi;
