package org.jbcos.crypto.pki;

import java.security.PublicKey;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.Curve;
import org.jbcos.crypto.pem.KeyPem;

/** The key types of FISCO certificates and the signature algorithm each one signs with. */
public enum CertKeyType {
  /** Chain, agency, node and SDK certificates of ECDSA chains. */
  SECP256K1("SHA256withECDSA"),
  /** The gm* certificates of SM chains; signatures are OID 1.2.156.10197.1.501. */
  SM2("SM3withSM2"),
  /** The SDK channel certificates ({@code channel_cert/}, 2048-bit). */
  RSA("SHA256withRSA");

  static final int RSA_BITS = 2048;

  private final String signatureAlgorithm;

  CertKeyType(String signatureAlgorithm) {
    this.signatureAlgorithm = signatureAlgorithm;
  }

  /** The JCA name of the algorithm that keys of this type sign certificates with. */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  /** The curve of an EC type. */
  public Curve curve() {
    return switch (this) {
      case SECP256K1 -> Curve.SECP256K1;
      case SM2 -> Curve.SM2P256V1;
      case RSA -> throw new CryptoException("RSA keys are not on a curve");
    };
  }

  /**
   * The type of {@code key}.
   *
   * @throws CryptoException for keys that are neither RSA nor EC on secp256k1 / sm2p256v1
   */
  public static CertKeyType of(PublicKey key) {
    if ("RSA".equals(key.getAlgorithm())) {
      return RSA;
    }
    return of(KeyPem.curveOf(key));
  }

  static CertKeyType of(Curve curve) {
    return switch (curve) {
      case SECP256K1 -> SECP256K1;
      case SM2P256V1 -> SM2;
    };
  }
}
