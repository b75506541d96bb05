/**
 * Symmetric ciphers for data at rest: AES-256-CBC on ECDSA chains and SM4-CBC on SM chains, both
 * with PKCS#7 padding, on BouncyCastle's lightweight API.
 */
package org.jbcos.crypto.symmetric;
