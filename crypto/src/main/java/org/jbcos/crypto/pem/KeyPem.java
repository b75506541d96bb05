package org.jbcos.crypto.pem;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.Curve;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.Secp256k1;
import org.jbcos.crypto.Sm2;

/**
 * EC private keys in the PEM forms found in FISCO node directories: PKCS#8 {@code PRIVATE KEY}
 * ({@code node.key}, {@code sdk.key}, account {@code .pem}, made by {@code openssl genpkey}) and
 * SEC1 {@code EC PRIVATE KEY} (made by {@code openssl ecparam -genkey}, optionally preceded by an
 * {@code EC PARAMETERS} block; OpenSSL 3 labels SM2 ones {@code SM2 PRIVATE KEY}). Keys must be on
 * secp256k1 or sm2p256v1.
 */
public final class KeyPem {
  static final String PKCS8_LABEL = "PRIVATE KEY";
  static final String SEC1_LABEL = "EC PRIVATE KEY";

  /** OpenSSL 3's {@code openssl ec} writes SEC1 SM2 keys under this label. */
  static final String SM2_SEC1_LABEL = "SM2 PRIVATE KEY";

  static final String EC_PARAMETERS_LABEL = "EC PARAMETERS";
  static final String CERTIFICATE_LABEL = "CERTIFICATE";

  /**
   * Algorithm OIDs that some SM tool chains put in place of id-ecPublicKey: the curve OID itself
   * and its sign / key-exchange / encrypt branches.
   */
  private static final Set<ASN1ObjectIdentifier> SM2_ALGORITHMS =
      Set.of(
          GMObjectIdentifiers.sm2p256v1,
          GMObjectIdentifiers.sm2sign,
          GMObjectIdentifiers.sm2exchange,
          GMObjectIdentifiers.sm2encrypt);

  private KeyPem() {}

  /**
   * The key pair of the first private key in {@code pem}; the public key is derived from the
   * private key and, if the PEM also stores one, checked against it.
   *
   * @throws CryptoException saying what is wrong: not PEM, no private key, an encrypted or RSA key,
   *     a curve other than secp256k1 / sm2p256v1, corrupt DER, a private key out of range
   */
  public static KeyPair readKeyPair(String pem) {
    Curve parametersCurve = null;
    List<String> others = new ArrayList<>();
    for (PemBlock block : Pem.read(pem)) {
      switch (block.label()) {
        case EC_PARAMETERS_LABEL -> {
          ASN1Primitive params = decode("EC PARAMETERS block", block.der());
          parametersCurve = curveOfParameters(params, "the EC PARAMETERS block");
        }
        case PKCS8_LABEL -> {
          return readPkcs8(block.der());
        }
        case SEC1_LABEL -> {
          rejectEncrypted(block);
          return readSec1(block.der(), parametersCurve);
        }
        case SM2_SEC1_LABEL -> {
          rejectEncrypted(block);
          return readSec1(block.der(), parametersCurve == null ? Curve.SM2P256V1 : parametersCurve);
        }
        case "ENCRYPTED PRIVATE KEY" ->
            throw new CryptoException(
                "the key is password-protected (ENCRYPTED PRIVATE KEY), which is not supported;"
                    + " decrypt it first, e.g. with 'openssl pkcs8 -in key.pem -out plain.pem'");
        case "RSA PRIVATE KEY" ->
            throw new CryptoException(
                "the PEM holds an RSA private key, but an EC key on secp256k1 or sm2p256v1 is"
                    + " required");
        default -> others.add(block.label());
      }
    }
    throw new CryptoException(
        "the PEM holds no private key (expected '"
            + PKCS8_LABEL
            + "' or '"
            + SEC1_LABEL
            + "', found "
            + String.join(", ", others)
            + ")");
  }

  /** The key pair of a DER-encoded PKCS#8 PrivateKeyInfo, e.g. {@code PrivateKey.getEncoded()}. */
  public static KeyPair readPkcs8(byte[] der) {
    String what = "PKCS#8 key";
    PrivateKeyInfo info;
    ASN1Encodable inner;
    try {
      info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
      // before parsing the inner key, so that an RSA key gets a message about RSA
      Curve curve = curveOfAlgorithm(info.getPrivateKeyAlgorithm(), what);
      inner = info.parsePrivateKey();
      ECPrivateKey ec = ECPrivateKey.getInstance(inner);
      if (ec.getParametersObject() != null) {
        Curve innerCurve = curveOfParameters(ec.getParametersObject(), what);
        if (innerCurve != curve) {
          throw new CryptoException(
              what + " names " + curve + " in its algorithm but " + innerCurve + " in its key");
        }
      }
      KeyPair keyPair = keyPairOf(curve, ec.getKey());
      checkStoredPublicKey(keyPair, ec.getPublicKey(), what);
      if (info.hasPublicKey()) {
        checkStoredPublicKey(keyPair, info.getPublicKeyData(), what);
      }
      return keyPair;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw corrupt(what, e);
    }
  }

  /**
   * PKCS#8 PEM as {@code openssl genpkey} writes it: algorithm id-ecPublicKey with the named curve,
   * and an ECPrivateKey that carries the public key.
   */
  public static String writePkcs8(KeyPair keyPair) {
    return Pem.write(PKCS8_LABEL, pkcs8(keyPair));
  }

  /** The DER form of {@link #writePkcs8}. */
  public static byte[] pkcs8(KeyPair keyPair) {
    ECPrivateKey inner =
        new ECPrivateKey(256, keyPair.privateKey(), new DERBitString(uncompressed(keyPair)), null);
    AlgorithmIdentifier algorithm =
        new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, keyPair.curve().oid());
    try {
      return encode(new PrivateKeyInfo(algorithm, inner));
    } catch (IOException e) {
      throw new CryptoException("could not DER-encode a PKCS#8 key", e);
    }
  }

  /**
   * SEC1 PEM as {@code openssl ec} writes it: an ECPrivateKey with the named curve and the public
   * key.
   */
  public static String writeSec1(KeyPair keyPair) {
    ECPrivateKey key =
        new ECPrivateKey(
            256,
            keyPair.privateKey(),
            new DERBitString(uncompressed(keyPair)),
            keyPair.curve().oid());
    return Pem.write(SEC1_LABEL, encode(key));
  }

  /** The node id of a key: its 64-byte public key as 128 lowercase hex characters. */
  public static String nodeId(KeyPair keyPair) {
    return Hex.encode(keyPair.publicKey());
  }

  /**
   * The 64-byte public key (X‖Y) of the first certificate in {@code pemCert}, which in FISCO's
   * {@code node.crt} is the node's own certificate, followed by its agency and chain CA.
   *
   * @throws CryptoException if there is no certificate or its key is not on secp256k1 / sm2p256v1
   */
  public static byte[] readPublicKeyFromCertificate(String pemCert) {
    for (PemBlock block : Pem.read(pemCert)) {
      if (block.label().equals(CERTIFICATE_LABEL)) {
        Certificate certificate;
        try {
          certificate = Certificate.getInstance(decode("certificate", block.der()));
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw corrupt("certificate", e);
        }
        return publicKeyOf(
            certificate.getSubjectPublicKeyInfo(),
            "the key of certificate " + certificate.getSubject());
      }
    }
    throw new CryptoException("the PEM holds no '" + CERTIFICATE_LABEL + "' block");
  }

  /** The 64-byte public key (X‖Y) of a JCA EC key on secp256k1 or sm2p256v1. */
  public static byte[] publicKeyOf(PublicKey publicKey) {
    SubjectPublicKeyInfo info;
    try {
      info = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw corrupt("public key", e);
    }
    return publicKeyOf(info, "the public key");
  }

  /**
   * The curve of a JCA EC public key.
   *
   * @throws CryptoException if the key is not an EC key on secp256k1 or sm2p256v1
   */
  public static Curve curveOf(PublicKey publicKey) {
    SubjectPublicKeyInfo info;
    try {
      info = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw corrupt("public key", e);
    }
    return curveOfAlgorithm(info.getAlgorithm(), "the public key");
  }

  private static byte[] publicKeyOf(SubjectPublicKeyInfo info, String what) {
    Curve curve = curveOfAlgorithm(info.getAlgorithm(), what);
    ECPoint point = decodePoint(curve, info.getPublicKeyData(), what);
    return Arrays.copyOfRange(point.getEncoded(false), 1, 65);
  }

  private static KeyPair readSec1(byte[] der, Curve parametersCurve) {
    String what = "SEC1 EC PRIVATE KEY";
    try {
      ECPrivateKey ec = ECPrivateKey.getInstance(decode(what, der));
      Curve curve = parametersCurve;
      if (ec.getParametersObject() != null) {
        curve = curveOfParameters(ec.getParametersObject(), what);
        if (parametersCurve != null && parametersCurve != curve) {
          throw new CryptoException(
              what
                  + " is on "
                  + curve
                  + " but the EC PARAMETERS block or PEM label says "
                  + parametersCurve);
        }
      }
      if (curve == null) {
        throw new CryptoException(what + " names no curve and no EC PARAMETERS block precedes it");
      }
      KeyPair keyPair = keyPairOf(curve, ec.getKey());
      checkStoredPublicKey(keyPair, ec.getPublicKey(), what);
      return keyPair;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw corrupt(what, e);
    }
  }

  private static void rejectEncrypted(PemBlock block) {
    for (String header : block.headers()) {
      if (header.replace(" ", "").startsWith("Proc-Type:4,ENCRYPTED")) {
        throw new CryptoException(
            "the EC PRIVATE KEY is password-protected (" + header + "), which is not supported");
      }
    }
  }

  private static KeyPair keyPairOf(Curve curve, BigInteger privateKey) {
    return switch (curve) {
      case SECP256K1 -> Secp256k1.best().keyPairOf(privateKey);
      case SM2P256V1 -> Sm2.INSTANCE.keyPairOf(privateKey);
    };
  }

  private static void checkStoredPublicKey(KeyPair keyPair, ASN1BitString stored, String what) {
    if (stored == null) {
      return;
    }
    ECPoint point = decodePoint(keyPair.curve(), stored, what);
    if (!Arrays.equals(uncompressed(keyPair), point.getEncoded(false))) {
      throw new CryptoException(
          "the public key stored in the " + what + " does not belong to its private key");
    }
  }

  private static ECPoint decodePoint(Curve curve, ASN1BitString bits, String what) {
    try {
      return curve.domain().getCurve().decodePoint(bits.getOctets()).normalize();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CryptoException(
          "the public key in " + what + " is not a point on " + curve.curveName(), e);
    }
  }

  static Curve curveOfAlgorithm(AlgorithmIdentifier algorithm, String what) {
    ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
    ASN1Encodable params = algorithm.getParameters();
    boolean hasParams = params != null && !(params instanceof ASN1Null);
    if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
      if (!hasParams) {
        throw new CryptoException(what + " is an EC key but names no curve");
      }
      return curveOfParameters(params, what);
    }
    if (SM2_ALGORITHMS.contains(oid)) {
      Curve curve = hasParams ? curveOfParameters(params, what) : Curve.SM2P256V1;
      if (curve != Curve.SM2P256V1) {
        throw new CryptoException(what + " has SM2 algorithm " + oid + " but is on " + curve);
      }
      return curve;
    }
    throw new CryptoException(
        what
            + " is "
            + describeAlgorithm(oid)
            + ", but an EC key on secp256k1 or sm2p256v1 is"
            + " required");
  }

  private static Curve curveOfParameters(ASN1Encodable encodable, String what) {
    X962Parameters params = X962Parameters.getInstance(encodable);
    if (params.isNamedCurve()) {
      ASN1ObjectIdentifier oid = ASN1ObjectIdentifier.getInstance(params.getParameters());
      for (Curve curve : Curve.values()) {
        if (curve.oid().equals(oid)) {
          return curve;
        }
      }
      String name = ECNamedCurveTable.getName(oid);
      throw new CryptoException(
          what
              + " is on curve "
              + (name == null ? oid : name + " (" + oid + ")")
              + ", but only secp256k1 and sm2p256v1 are supported");
    }
    if (params.isImplicitlyCA()) {
      throw new CryptoException(what + " uses implicitlyCA curve parameters, which name no curve");
    }
    X9ECParameters explicit = X9ECParameters.getInstance(params.getParameters());
    for (Curve curve : Curve.values()) {
      X9ECParameters known = curve.x9();
      if (known.getCurve().equals(explicit.getCurve())
          && known.getN().equals(explicit.getN())
          && Arrays.equals(known.getG().getEncoded(false), explicit.getG().getEncoded(false))) {
        return curve;
      }
    }
    throw new CryptoException(
        what + " has explicit curve parameters that match neither secp256k1 nor sm2p256v1");
  }

  private static String describeAlgorithm(ASN1ObjectIdentifier oid) {
    if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
      return "an RSA key";
    }
    if (oid.equals(X9ObjectIdentifiers.id_dsa)) {
      return "a DSA key";
    }
    if (oid.equals(EdECObjectIdentifiers.id_Ed25519)
        || oid.equals(EdECObjectIdentifiers.id_Ed448)) {
      return "an EdDSA key";
    }
    return "a key of algorithm " + oid;
  }

  private static byte[] uncompressed(KeyPair keyPair) {
    byte[] out = new byte[65];
    out[0] = 4;
    System.arraycopy(keyPair.publicKey(), 0, out, 1, 64);
    return out;
  }

  private static ASN1Primitive decode(String what, byte[] der) {
    try {
      return ASN1Primitive.fromByteArray(der);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw corrupt(what, e);
    }
  }

  private static byte[] encode(ASN1Object object) {
    try {
      return object.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new CryptoException("could not DER-encode " + object.getClass().getSimpleName(), e);
    }
  }

  private static CryptoException corrupt(String what, Exception cause) {
    return new CryptoException(
        what + " is not valid DER (truncated or corrupt): " + cause.getMessage(), cause);
  }
}
