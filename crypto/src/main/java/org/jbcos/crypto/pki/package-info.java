/**
 * X.509 certificates for FISCO's hierarchy chain CA → agency → node / SDK with secp256k1, SM2 or
 * RSA keys: issuing ({@link org.jbcos.crypto.pki.CertificateAuthority}), loading existing
 * certificate + key pairs ({@link org.jbcos.crypto.pki.IssuedCertificate}) and chain checks. All
 * JCA work uses a private BouncyCastle provider instance; nothing is registered globally.
 */
package org.jbcos.crypto.pki;
