/**
 * The Ethereum precompiled contracts 0x1-0x9 (ecrecover, sha256, ripemd160, identity, modexp,
 * alt_bn128 add/mul/pairing, blake2f), byte-exact with the yellow paper and EIPs 196, 197, 198 and
 * 152, and {@link org.jbcos.evm.precompile.StandardPrecompiles} to register them for a fork. The
 * alt_bn128 field tower, curve groups and optimal ate pairing are implemented here as
 * package-private classes.
 *
 * <p>{@link org.jbcos.evm.precompile.PrecompiledContract}s without an account get their call
 * context ({@link org.jbcos.evm.precompile.PrecompileCall}); that is how FISCO's system contracts
 * plug in. {@link org.jbcos.evm.precompile.TemporaryContracts} holds the contracts one transaction
 * creates at run time (FISCO's Table and Entry objects at 0x10001…).
 */
package org.jbcos.evm.precompile;
