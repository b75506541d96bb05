/**
 * PEM files of FISCO node and SDK directories: a strict RFC 7468 reader and writer ({@link
 * org.jbcos.crypto.pem.Pem}), and secp256k1 / SM2 private keys in PKCS#8 and SEC1 form plus node
 * ids taken from keys and certificates ({@link org.jbcos.crypto.pem.KeyPem}).
 */
package org.jbcos.crypto.pem;
