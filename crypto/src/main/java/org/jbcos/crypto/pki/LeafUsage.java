package org.jbcos.crypto.pki;

import org.bouncycastle.asn1.x509.KeyUsage;

/** What an end-entity (node or SDK) certificate may be used for; sets its keyUsage extension. */
public enum LeafUsage {
  /**
   * {@code node.crt}, {@code sdk.crt} and the RSA channel certificates: digitalSignature,
   * nonRepudiation and keyEncipherment, as FISCO's {@code cert.cnf}, plus keyAgreement for EC keys
   * (ECDH).
   */
  TLS,
  /** SM signing certificates {@code gmnode.crt} / {@code gmsdk.crt}: digitalSignature. */
  SM_SIGN,
  /**
   * SM encryption certificates {@code gmennode.crt} / {@code gmensdk.crt}: keyEncipherment,
   * dataEncipherment and keyAgreement.
   */
  SM_ENCRYPT;

  KeyUsage keyUsage(CertKeyType keyType) {
    return new KeyUsage(
        switch (this) {
          case TLS ->
              KeyUsage.digitalSignature
                  | KeyUsage.nonRepudiation
                  | KeyUsage.keyEncipherment
                  | (keyType == CertKeyType.RSA ? 0 : KeyUsage.keyAgreement);
          case SM_SIGN -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
          case SM_ENCRYPT ->
              KeyUsage.keyEncipherment | KeyUsage.dataEncipherment | KeyUsage.keyAgreement;
        });
  }
}
