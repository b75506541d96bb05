/**
 * The chain's cryptography: {@link org.jbcos.crypto.CryptoSuite} picks Keccak-256 + secp256k1
 * (ECDSA) or SM3 + SM2 (SM) once per chain. secp256k1 runs on libsecp256k1 when it loads and on
 * BouncyCastle otherwise, with identical results.
 */
package org.jbcos.crypto;
