package org.jbcos.crypto;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

/** The two elliptic curves of FISCO chains. */
public enum Curve {
  SECP256K1("secp256k1", SECObjectIdentifiers.secp256k1),
  SM2P256V1("sm2p256v1", GMObjectIdentifiers.sm2p256v1);

  private final String curveName;
  private final ASN1ObjectIdentifier oid;
  private final X9ECParameters x9;
  private final ECDomainParameters domain;

  Curve(String curveName, ASN1ObjectIdentifier oid) {
    this.curveName = curveName;
    this.oid = oid;
    this.x9 = CustomNamedCurves.getByOID(oid);
    this.domain = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
  }

  public String curveName() {
    return curveName;
  }

  public ASN1ObjectIdentifier oid() {
    return oid;
  }

  public X9ECParameters x9() {
    return x9;
  }

  public ECDomainParameters domain() {
    return domain;
  }

  public static Curve byOid(ASN1ObjectIdentifier oid) {
    for (Curve c : values()) {
      if (c.oid.equals(oid)) {
        return c;
      }
    }
    throw new CryptoException(
        "unsupported curve " + oid + ": keys must be on secp256k1 or sm2p256v1");
  }
}
