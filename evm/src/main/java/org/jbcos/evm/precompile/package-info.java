/**
 * The Ethereum precompiled contracts 0x1-0x9 (ecrecover, sha256, ripemd160, identity, modexp,
 * alt_bn128 add/mul/pairing, blake2f), byte-exact with the yellow paper and EIPs 196, 197, 198 and
 * 152, and {@link org.jbcos.evm.precompile.StandardPrecompiles} to register them for a fork. The
 * alt_bn128 field tower, curve groups and optimal ate pairing are implemented here as
 * package-private classes.
 */
package org.jbcos.evm.precompile;
