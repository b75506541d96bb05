package org.jbcos.crypto.pem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jbcos.crypto.Bytes32;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.Curve;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.OpenSslCli;
import org.jbcos.crypto.Secp256k1;
import org.jbcos.crypto.Sm2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyPemTest {
  private static final Provider BC = new BouncyCastleProvider();
  private static final SecureRandom RANDOM = new SecureRandom();

  // Vectors made with OpenSSL 3.0; the node ids are the last 64 bytes of `openssl pkey -pubout`.
  private static final String OPENSSL_SECP256K1_PKCS8 =
      """
      -----BEGIN PRIVATE KEY-----
      MIGEAgEAMBAGByqGSM49AgEGBSuBBAAKBG0wawIBAQQgSpyo2+nTlHIMCmUspXiG
      R9mamVir7rI09ndDLeQdyzuhRANCAAQIpBVyylM4itkshh6vXVYWfmH3iHLJ10y/
      0bQO/bU2Sv6/iefmzsX6NgQdql2240xXxPntdAmv12UYw9kQBLht
      -----END PRIVATE KEY-----
      """;
  private static final String OPENSSL_SECP256K1_PKCS8_NODE_ID =
      "08a41572ca53388ad92c861eaf5d56167e61f78872c9d74cbfd1b40efdb5364a"
          + "febf89e7e6cec5fa36041daa5db6e34c57c4f9ed7409afd76518c3d91004b86d";

  /** {@code openssl ecparam -name secp256k1 -genkey}: SEC1 after an EC PARAMETERS block. */
  private static final String OPENSSL_SECP256K1_SEC1 =
      """
      -----BEGIN EC PARAMETERS-----
      BgUrgQQACg==
      -----END EC PARAMETERS-----
      -----BEGIN EC PRIVATE KEY-----
      MHQCAQEEIIuEx1xoY/GtTduovqJiSIZ/ke9jd2hjj+2gllJ+mIG0oAcGBSuBBAAK
      oUQDQgAEQJ3A0mRybjzdjNd61mHStLO/xbHa2Bh6dzUnYET9cd0YDHofGZ3C9lY2
      Q7e6gBYv/hX92duBXTcga1fesVPc/w==
      -----END EC PRIVATE KEY-----
      """;

  private static final String OPENSSL_SECP256K1_SEC1_NODE_ID =
      "409dc0d264726e3cdd8cd77ad661d2b4b3bfc5b1dad8187a7735276044fd71dd"
          + "180c7a1f199dc2f6563643b7ba80162ffe15fdd9db815d37206b57deb153dcff";

  /** The same key with {@code openssl ec -param_enc explicit}: the curve spelled out. */
  private static final String OPENSSL_SECP256K1_EXPLICIT =
      """
      -----BEGIN EC PRIVATE KEY-----
      MIIBUQIBAQQgi4THXGhj8a1N26i+omJIhn+R72N3aGOP7aCWUn6YgbSggeMwgeAC
      AQEwLAYHKoZIzj0BAQIhAP////////////////////////////////////7///wv
      MEQEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAA
      AAAAAAAAAAAAAAAAAAAAAAAAAAAABwRBBHm+Zn753LusVaBilc6HCwcCm/zbLc4o
      2VnygVsW+BeYSDradyajxGVdpPv8DhEIqP0XtEimhVQZnEfQj/sQ1LgCIQD/////
      ///////////////+uq7c5q9IoDu/0l6M0DZBQQIBAaFEA0IABECdwNJkcm483YzX
      etZh0rSzv8Wx2tgYenc1J2BE/XHdGAx6HxmdwvZWNkO3uoAWL/4V/dnbgV03IGtX
      3rFT3P8=
      -----END EC PRIVATE KEY-----
      """;

  /** {@code openssl genpkey -algorithm SM2}: id-ecPublicKey with the sm2p256v1 curve. */
  private static final String OPENSSL_SM2_PKCS8 =
      """
      -----BEGIN PRIVATE KEY-----
      MIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQghfR9KdxMzbxT1bFb
      YfrDcsG3SGAydV8SpfTZrHCMSlOhRANCAARl20bG1AY692YXqf8oWXId2Ayj1iLN
      yejdqlf6old6BJOq1Yv1R0rneWmvPp5Oh0eG8kW5WFGJ+a77p6ZmKjy4
      -----END PRIVATE KEY-----
      """;

  private static final String OPENSSL_SM2_NODE_ID =
      "65db46c6d4063af76617a9ff2859721dd80ca3d622cdc9e8ddaa57faa2577a04"
          + "93aad58bf5474ae77969af3e9e4e874786f245b9585189f9aefba7a6662a3cb8";

  /** The same SM2 key after {@code openssl ec}, which labels it SM2 PRIVATE KEY. */
  private static final String OPENSSL_SM2_SEC1 =
      """
      -----BEGIN SM2 PRIVATE KEY-----
      MHcCAQEEIIX0fSncTM28U9WxW2H6w3LBt0hgMnVfEqX02axwjEpToAoGCCqBHM9V
      AYItoUQDQgAEZdtGxtQGOvdmF6n/KFlyHdgMo9Yizcno3apX+qJXegSTqtWL9UdK
      53lprz6eTodHhvJFuVhRifmu+6emZio8uA==
      -----END SM2 PRIVATE KEY-----
      """;

  private static final String OPENSSL_P256_PKCS8 =
      """
      -----BEGIN PRIVATE KEY-----
      MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgOlWs9Bd/S82lq9v8
      GHsKftRjBzqJniLPiuIJFNi3ju2hRANCAAQNKOAMrQUTYHbCWIW4FnaGaNNbiB6s
      dHJEYx4uOJMs7JuuVPVFlSx9z2dAudyB5daZnro/v/Yz0O7NDNdQadYw
      -----END PRIVATE KEY-----
      """;

  private static final String OPENSSL_ED25519_PKCS8 =
      """
      -----BEGIN PRIVATE KEY-----
      MC4CAQAwBQYDK2VwBCIEIDakfJruGpHnlDa54naAeBnhdiAiX6RCQluRCATMPKGS
      -----END PRIVATE KEY-----
      """;

  /** {@code openssl req -x509} self-signed certificates of the keys above. */
  private static final String OPENSSL_SECP256K1_CERT =
      """
      -----BEGIN CERTIFICATE-----
      MIIBvTCCAWKgAwIBAgIULtE4CbRUFPnYxDWbYz8B7qjHJrswCgYIKoZIzj0EAwIw
      NDEOMAwGA1UEAwwFbm9kZTAxEzARBgNVBAoMCmZpc2NvLWJjb3MxDTALBgNVBAsM
      BG5vZGUwIBcNMjYxMTI0MDk1NzIwWhgPMjEyNjEwMzEwOTU3MjBaMDQxDjAMBgNV
      BAMMBW5vZGUwMRMwEQYDVQQKDApmaXNjby1iY29zMQ0wCwYDVQQLDARub2RlMFYw
      EAYHKoZIzj0CAQYFK4EEAAoDQgAECKQVcspTOIrZLIYer11WFn5h94hyyddMv9G0
      Dv21Nkr+v4nn5s7F+jYEHapdtuNMV8T57XQJr9dlGMPZEAS4baNTMFEwHQYDVR0O
      BBYEFJ80VXK/43Le8gNft9HcXtYIjghdMB8GA1UdIwQYMBaAFJ80VXK/43Le8gNf
      t9HcXtYIjghdMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhALMs
      S59v6OD+TkoVk1gSP/TAlJOVCWW8AMDd7wyhpCo7AiEApGKUq1xM+7iXR2og6sHN
      MKheupYsxf/2P9hItO9ZYW8=
      -----END CERTIFICATE-----
      """;

  private static final String OPENSSL_SM2_CERT =
      """
      -----BEGIN CERTIFICATE-----
      MIIBwjCCAWmgAwIBAgIURl7reuWdLZfgZSX5zqdSvCedUAgwCgYIKoEcz1UBg3Uw
      NjEQMA4GA1UEAwwHZ21ub2RlMDETMBEGA1UECgwKZmlzY28tYmNvczENMAsGA1UE
      CwwEbm9kZTAgFw0yNjExMjQwOTU3MjBaGA8yMTI2MTAzMTA5NTcyMFowNjEQMA4G
      A1UEAwwHZ21ub2RlMDETMBEGA1UECgwKZmlzY28tYmNvczENMAsGA1UECwwEbm9k
      ZTBZMBMGByqGSM49AgEGCCqBHM9VAYItA0IABGXbRsbUBjr3Zhep/yhZch3YDKPW
      Is3J6N2qV/qiV3oEk6rVi/VHSud5aa8+nk6HR4byRblYUYn5rvunpmYqPLijUzBR
      MB0GA1UdDgQWBBQhFJ4buteAaFMOY/MvBWTbhv+AVTAfBgNVHSMEGDAWgBQhFJ4b
      uteAaFMOY/MvBWTbhv+AVTAPBgNVHRMBAf8EBTADAQH/MAoGCCqBHM9VAYN1A0cA
      MEQCIEEo3nFGIUx5j8IyaCOuJ1e1dECsJU4nrn6V9Jsz7/s2AiBEcrxsaq6KiqXf
      kr33LN2pUFb0yIHW9Uf4SF63ysdktA==
      -----END CERTIFICATE-----
      """;

  private static final String OPENSSL_P256_CERT =
      """
      -----BEGIN CERTIFICATE-----
      MIIBdTCCARugAwIBAgIUGQSM5SoyBoEdszt2mMZnI8mu+MUwCgYIKoZIzj0EAwIw
      DzENMAsGA1UEAwwEcDI1NjAgFw0yNjExMjQwOTU3MjBaGA8yMTI2MTAzMTA5NTcy
      MFowDzENMAsGA1UEAwwEcDI1NjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABA0o
      4AytBRNgdsJYhbgWdoZo01uIHqx0ckRjHi44kyzsm65U9UWVLH3PZ0C53IHl1pme
      uj+/9jPQ7s0M11Bp1jCjUzBRMB0GA1UdDgQWBBSu6ombQgX9N/oDuHAibeVbrON9
      2jAfBgNVHSMEGDAWgBSu6ombQgX9N/oDuHAibeVbrON92jAPBgNVHRMBAf8EBTAD
      AQH/MAoGCCqGSM49BAMCA0gAMEUCIGiLNBM7SKSL2kPuPsd4NDRQSCY6HpMUHgep
      1bquT8CQAiEAmWfC+V182jKyONfmaZDXI8B6RtNtgNp3Z6iiNk+dz+k=
      -----END CERTIFICATE-----
      """;

  /** The secp256k1 generator G: the public key of private key 1. */
  private static final String SECP256K1_G =
      "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
          + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

  private static KeyPair generate(Curve curve) {
    return curve == Curve.SECP256K1
        ? Secp256k1.best().generateKeyPair(RANDOM)
        : Sm2.INSTANCE.generateKeyPair(RANDOM);
  }

  @ParameterizedTest
  @EnumSource(Curve.class)
  void pkcs8RoundTrips(Curve curve) {
    KeyPair keyPair = generate(curve);

    String pem = KeyPem.writePkcs8(keyPair);

    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(KeyPem.readKeyPair(pem)).isEqualTo(keyPair);
  }

  @ParameterizedTest
  @EnumSource(Curve.class)
  void pkcs8HasTheLayoutOfOpenSsl(Curve curve) throws Exception {
    KeyPair keyPair = generate(curve);

    PrivateKeyInfo info = PrivateKeyInfo.getInstance(KeyPem.pkcs8(keyPair));
    org.bouncycastle.asn1.sec.ECPrivateKey inner =
        org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());

    assertThat(info.getPrivateKeyAlgorithm().getAlgorithm())
        .isEqualTo(X9ObjectIdentifiers.id_ecPublicKey);
    assertThat(info.getPrivateKeyAlgorithm().getParameters()).isEqualTo(curve.oid());
    assertThat(inner.getPrivateKey().getOctets()).isEqualTo(keyPair.privateKeyBytes());
    assertThat(inner.getParametersObject()).isNull();
    assertThat(inner.getPublicKey().getOctets())
        .hasSize(65)
        .startsWith(4)
        .endsWith(keyPair.publicKey());
  }

  @ParameterizedTest
  @EnumSource(Curve.class)
  void sec1RoundTrips(Curve curve) {
    KeyPair keyPair = generate(curve);

    String pem = KeyPem.writeSec1(keyPair);

    assertThat(pem).startsWith("-----BEGIN EC PRIVATE KEY-----\n");
    assertThat(KeyPem.readKeyPair(pem)).isEqualTo(keyPair);
  }

  @Test
  void keepsPrivateKeysWithLeadingZeroBytes() {
    KeyPair small = Secp256k1.best().keyPairOf(BigInteger.ONE);

    KeyPair read = KeyPem.readKeyPair(KeyPem.writePkcs8(small));

    assertThat(read).isEqualTo(small);
    assertThat(KeyPem.nodeId(read)).isEqualTo(SECP256K1_G);
  }

  @ParameterizedTest
  @EnumSource(Curve.class)
  void nodeIdIs128LowercaseHexOfThePublicKey(Curve curve) {
    KeyPair keyPair = generate(curve);

    assertThat(KeyPem.nodeId(keyPair))
        .hasSize(128)
        .matches("[0-9a-f]{128}")
        .isEqualTo(keyPair.publicKeyHex());
  }

  @Test
  void readsOpenSslGenpkeySecp256k1() {
    KeyPair keyPair = KeyPem.readKeyPair(OPENSSL_SECP256K1_PKCS8);

    assertThat(keyPair.curve()).isEqualTo(Curve.SECP256K1);
    assertThat(KeyPem.nodeId(keyPair)).isEqualTo(OPENSSL_SECP256K1_PKCS8_NODE_ID);
  }

  @Test
  void writesOpenSslGenpkeySecp256k1ByteForByte() {
    KeyPair keyPair = KeyPem.readKeyPair(OPENSSL_SECP256K1_PKCS8);

    assertThat(KeyPem.writePkcs8(keyPair)).isEqualTo(OPENSSL_SECP256K1_PKCS8);
  }

  @Test
  void readsOpenSslEcparamSec1WithParametersBlock() {
    KeyPair keyPair = KeyPem.readKeyPair(OPENSSL_SECP256K1_SEC1);

    assertThat(keyPair.curve()).isEqualTo(Curve.SECP256K1);
    assertThat(KeyPem.nodeId(keyPair)).isEqualTo(OPENSSL_SECP256K1_SEC1_NODE_ID);
  }

  @Test
  void readsSec1WithoutTheParametersBlock() {
    String sec1Only =
        OPENSSL_SECP256K1_SEC1.substring(OPENSSL_SECP256K1_SEC1.indexOf("-----BEGIN EC PRIVATE"));

    assertThat(KeyPem.nodeId(KeyPem.readKeyPair(sec1Only)))
        .isEqualTo(OPENSSL_SECP256K1_SEC1_NODE_ID);
  }

  @Test
  void readsExplicitCurveParameters() {
    KeyPair keyPair = KeyPem.readKeyPair(OPENSSL_SECP256K1_EXPLICIT);

    assertThat(keyPair.curve()).isEqualTo(Curve.SECP256K1);
    assertThat(KeyPem.nodeId(keyPair)).isEqualTo(OPENSSL_SECP256K1_SEC1_NODE_ID);
  }

  @Test
  void readsOpenSslSm2Pkcs8() {
    KeyPair keyPair = KeyPem.readKeyPair(OPENSSL_SM2_PKCS8);

    assertThat(keyPair.curve()).isEqualTo(Curve.SM2P256V1);
    assertThat(KeyPem.nodeId(keyPair)).isEqualTo(OPENSSL_SM2_NODE_ID);
    assertThat(KeyPem.writePkcs8(keyPair)).isEqualTo(OPENSSL_SM2_PKCS8);
  }

  @Test
  void readsOpenSslSm2Sec1Label() {
    KeyPair keyPair = KeyPem.readKeyPair(OPENSSL_SM2_SEC1);

    assertThat(keyPair.curve()).isEqualTo(Curve.SM2P256V1);
    assertThat(KeyPem.nodeId(keyPair)).isEqualTo(OPENSSL_SM2_NODE_ID);
  }

  @Test
  void readsSm2KeysWhoseAlgorithmIsTheSm2Oid() throws Exception {
    KeyPair keyPair = generate(Curve.SM2P256V1);
    PrivateKeyInfo standard = PrivateKeyInfo.getInstance(KeyPem.pkcs8(keyPair));
    for (AlgorithmIdentifier algorithm :
        new AlgorithmIdentifier[] {
          new AlgorithmIdentifier(GMObjectIdentifiers.sm2p256v1),
          new AlgorithmIdentifier(GMObjectIdentifiers.sm2p256v1, DERNull.INSTANCE),
          new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign, GMObjectIdentifiers.sm2p256v1)
        }) {
      byte[] der = new PrivateKeyInfo(algorithm, standard.parsePrivateKey()).getEncoded();

      assertThat(KeyPem.readKeyPair(Pem.write("PRIVATE KEY", der))).isEqualTo(keyPair);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"secp256k1", "sm2p256v1"})
  void readsKeysFromBouncyCastleJca(String curveName) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
    generator.initialize(new ECGenParameterSpec(curveName), RANDOM);
    java.security.KeyPair jca = generator.generateKeyPair();
    String pem = Pem.write("PRIVATE KEY", jca.getPrivate().getEncoded());

    KeyPair keyPair = KeyPem.readKeyPair(pem);

    ECPublicKey publicKey = (ECPublicKey) jca.getPublic();
    assertThat(keyPair.curve().curveName()).isEqualTo(curveName);
    assertThat(keyPair.privateKey()).isEqualTo(((ECPrivateKey) jca.getPrivate()).getS());
    assertThat(keyPair.publicKey())
        .isEqualTo(
            concat(
                Bytes32.of(publicKey.getW().getAffineX()),
                Bytes32.of(publicKey.getW().getAffineY())));
    assertThat(KeyPem.publicKeyOf(publicKey)).isEqualTo(keyPair.publicKey());
    assertThat(KeyPem.curveOf(publicKey)).isEqualTo(keyPair.curve());
  }

  @ParameterizedTest
  @EnumSource(Curve.class)
  void bouncyCastleJcaReadsWhatWeWrite(Curve curve) throws Exception {
    KeyPair keyPair = generate(curve);

    ECPrivateKey jca =
        (ECPrivateKey)
            KeyFactory.getInstance("EC", BC)
                .generatePrivate(new PKCS8EncodedKeySpec(KeyPem.pkcs8(keyPair)));

    assertThat(jca.getS()).isEqualTo(keyPair.privateKey());
  }

  @Test
  void readsTheNodeIdOfOpenSslCertificates() {
    assertThat(KeyPem.readPublicKeyFromCertificate(OPENSSL_SECP256K1_CERT))
        .isEqualTo(KeyPem.readKeyPair(OPENSSL_SECP256K1_PKCS8).publicKey());
    assertThat(KeyPem.readPublicKeyFromCertificate(OPENSSL_SM2_CERT))
        .isEqualTo(KeyPem.readKeyPair(OPENSSL_SM2_PKCS8).publicKey());
  }

  @Test
  void readsTheFirstCertificateOfAChainFile() {
    String nodeCrt = OPENSSL_SECP256K1_CERT + OPENSSL_SM2_CERT;

    assertThat(KeyPem.readPublicKeyFromCertificate(nodeCrt))
        .isEqualTo(KeyPem.readKeyPair(OPENSSL_SECP256K1_PKCS8).publicKey());
  }

  @Test
  void readsCompressedPublicKeys() throws Exception {
    KeyPair keyPair = generate(Curve.SECP256K1);
    byte[] compressed =
        Curve.SECP256K1
            .domain()
            .getCurve()
            .decodePoint(concat(new byte[] {4}, keyPair.publicKey()))
            .getEncoded(true);
    SubjectPublicKeyInfo info =
        new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Curve.SECP256K1.oid()),
            compressed);
    java.security.PublicKey key =
        KeyFactory.getInstance("EC", BC)
            .generatePublic(new java.security.spec.X509EncodedKeySpec(info.getEncoded()));

    assertThat(KeyPem.publicKeyOf(key)).isEqualTo(keyPair.publicKey());
  }

  @Test
  void rejectsCertificatesWithOtherKeys() {
    assertThatThrownBy(() -> KeyPem.readPublicKeyFromCertificate(OPENSSL_P256_CERT))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("CN=p256")
        .hasMessageContaining("prime256v1")
        .hasMessageContaining("only secp256k1 and sm2p256v1");
  }

  @Test
  void rejectsPemWithoutCertificate() {
    assertThatThrownBy(() -> KeyPem.readPublicKeyFromCertificate(OPENSSL_SM2_PKCS8))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("no 'CERTIFICATE' block");
    assertThatThrownBy(
            () ->
                KeyPem.readPublicKeyFromCertificate(
                    Pem.write("CERTIFICATE", new byte[] {48, 3, 2, 1})))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("certificate is not valid DER");
  }

  @Test
  void rejectsTextThatIsNotPem() {
    assertThatThrownBy(() -> KeyPem.readKeyPair("4a9ca8dbe9d394720c0a652ca5788647"))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("not PEM");
  }

  @Test
  void rejectsOtherCurves() {
    assertThatThrownBy(() -> KeyPem.readKeyPair(OPENSSL_P256_PKCS8))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("curve prime256v1 (1.2.840.10045.3.1.7)")
        .hasMessageContaining("only secp256k1 and sm2p256v1");
  }

  @Test
  void rejectsRsaKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
    generator.initialize(1024, RANDOM);
    byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();

    assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("PRIVATE KEY", pkcs8)))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("PKCS#8 key is an RSA key")
        .hasMessageContaining("secp256k1 or sm2p256v1");
    assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("RSA PRIVATE KEY", pkcs8)))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("RSA private key");
  }

  @Test
  void rejectsEdDsaKeys() {
    assertThatThrownBy(() -> KeyPem.readKeyPair(OPENSSL_ED25519_PKCS8))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("an EdDSA key");
  }

  @Test
  void rejectsEncryptedKeys() {
    String encrypted = Pem.write("ENCRYPTED PRIVATE KEY", new byte[] {48, 0});
    String legacy =
        OPENSSL_SECP256K1_SEC1.replace(
            "-----BEGIN EC PRIVATE KEY-----\n",
            "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n");

    assertThatThrownBy(() -> KeyPem.readKeyPair(encrypted))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("password-protected");
    assertThatThrownBy(() -> KeyPem.readKeyPair(legacy))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("password-protected");
  }

  @Test
  void rejectsPemWithoutPrivateKey() {
    assertThatThrownBy(() -> KeyPem.readKeyPair(OPENSSL_SM2_CERT))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("no private key")
        .hasMessageContaining("found CERTIFICATE");
  }

  @Test
  void rejectsTruncatedBase64() {
    String pem = OPENSSL_SECP256K1_PKCS8;
    int end = pem.indexOf("\n-----END");
    String cut = pem.substring(0, end - 5) + pem.substring(end);

    assertThatThrownBy(() -> KeyPem.readKeyPair(cut))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void rejectsTruncatedDer() {
    String pem = OPENSSL_SECP256K1_PKCS8;
    String withoutLastLine =
        pem.substring(0, pem.lastIndexOf('\n', pem.indexOf("\n-----END") - 1))
            + pem.substring(pem.indexOf("\n-----END"));

    assertThatThrownBy(() -> KeyPem.readKeyPair(withoutLastLine))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("PKCS#8 key is not valid DER (truncated or corrupt)");
  }

  @Test
  void rejectsGarbageDer() {
    String sec1 = Pem.write("EC PRIVATE KEY", "not der".getBytes(StandardCharsets.US_ASCII));
    String pkcs8 = Pem.write("PRIVATE KEY", new byte[] {2, 1, 0});

    assertThatThrownBy(() -> KeyPem.readKeyPair(sec1))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("SEC1 EC PRIVATE KEY is not valid DER");
    assertThatThrownBy(() -> KeyPem.readKeyPair(pkcs8))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("PKCS#8 key is not valid DER");
  }

  @Test
  void rejectsAStoredPublicKeyOfAnotherKey() throws Exception {
    KeyPair keyPair = generate(Curve.SECP256K1);
    KeyPair other = generate(Curve.SECP256K1);
    org.bouncycastle.asn1.sec.ECPrivateKey mixed =
        new org.bouncycastle.asn1.sec.ECPrivateKey(
            256,
            keyPair.privateKey(),
            new DERBitString(concat(new byte[] {4}, other.publicKey())),
            Curve.SECP256K1.oid());

    assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("EC PRIVATE KEY", mixed.getEncoded())))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("does not belong to its private key");
  }

  @Test
  void rejectsAStoredPublicKeyOffTheCurve() throws Exception {
    KeyPair keyPair = generate(Curve.SECP256K1);
    byte[] point = concat(new byte[] {4}, keyPair.publicKey());
    point[64] ^= 1;
    org.bouncycastle.asn1.sec.ECPrivateKey bad =
        new org.bouncycastle.asn1.sec.ECPrivateKey(
            256, keyPair.privateKey(), new DERBitString(point), Curve.SECP256K1.oid());

    assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("EC PRIVATE KEY", bad.getEncoded())))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("not a point on secp256k1");
  }

  @ParameterizedTest
  @EnumSource(Curve.class)
  void rejectsPrivateKeysOutOfRange(Curve curve) throws Exception {
    BigInteger n = curve.domain().getN();
    for (BigInteger d : new BigInteger[] {BigInteger.ZERO, n}) {
      org.bouncycastle.asn1.sec.ECPrivateKey key =
          new org.bouncycastle.asn1.sec.ECPrivateKey(256, d, curve.oid());

      assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("EC PRIVATE KEY", key.getEncoded())))
          .isInstanceOf(CryptoException.class)
          .hasMessageContaining("private key must be in [1, n-");
    }
  }

  @Test
  void rejectsSec1WithoutAnyCurve() throws Exception {
    org.bouncycastle.asn1.sec.ECPrivateKey noCurve =
        new org.bouncycastle.asn1.sec.ECPrivateKey(256, BigInteger.TEN);

    assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("EC PRIVATE KEY", noCurve.getEncoded())))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("names no curve");
  }

  @Test
  void usesTheParametersBlockWhenTheKeyNamesNoCurve() throws Exception {
    org.bouncycastle.asn1.sec.ECPrivateKey noCurve =
        new org.bouncycastle.asn1.sec.ECPrivateKey(256, BigInteger.ONE);
    String pem =
        Pem.write("EC PARAMETERS", Curve.SECP256K1.oid().getEncoded())
            + Pem.write("EC PRIVATE KEY", noCurve.getEncoded());

    assertThat(KeyPem.nodeId(KeyPem.readKeyPair(pem))).isEqualTo(SECP256K1_G);
  }

  @Test
  void rejectsParametersThatContradictTheKey() throws Exception {
    String pem =
        Pem.write("EC PARAMETERS", Curve.SM2P256V1.oid().getEncoded())
            + OPENSSL_SECP256K1_SEC1.substring(
                OPENSSL_SECP256K1_SEC1.indexOf("-----BEGIN EC PRIVATE"));

    assertThatThrownBy(() -> KeyPem.readKeyPair(pem))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining(
            "is on SECP256K1 but the EC PARAMETERS block or PEM label says SM2P256V1");
  }

  @Test
  void rejectsPkcs8WhoseInnerCurveContradictsTheAlgorithm() throws Exception {
    KeyPair keyPair = generate(Curve.SECP256K1);
    org.bouncycastle.asn1.sec.ECPrivateKey inner =
        new org.bouncycastle.asn1.sec.ECPrivateKey(
            256, keyPair.privateKey(), Curve.SM2P256V1.oid());
    byte[] der =
        new PrivateKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Curve.SECP256K1.oid()),
                inner)
            .getEncoded();

    assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("PRIVATE KEY", der)))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("names SECP256K1 in its algorithm but SM2P256V1 in its key");
  }

  @Test
  void rejectsAnEcAlgorithmWithoutCurve() throws Exception {
    KeyPair keyPair = generate(Curve.SECP256K1);
    PrivateKeyInfo standard = PrivateKeyInfo.getInstance(KeyPem.pkcs8(keyPair));
    byte[] der =
        new PrivateKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey),
                standard.parsePrivateKey())
            .getEncoded();

    assertThatThrownBy(() -> KeyPem.readKeyPair(Pem.write("PRIVATE KEY", der)))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("is an EC key but names no curve");
  }

  @Test
  void readsOpenSslKeysGeneratedNow(@TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    OpenSslCli.run(dir, "ecparam", "-name", "secp256k1", "-genkey", "-noout", "-out", "sec1.pem");
    OpenSslCli.run(
        dir,
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:secp256k1",
        "-out",
        "pkcs8.pem");
    OpenSslCli.run(dir, "ecparam", "-name", "secp256k1", "-genkey", "-out", "withparams.pem");
    OpenSslCli.run(dir, "genpkey", "-algorithm", "SM2", "-out", "sm2.pem");

    for (String file : new String[] {"sec1.pem", "pkcs8.pem", "withparams.pem", "sm2.pem"}) {
      KeyPair keyPair = KeyPem.readKeyPair(Files.readString(dir.resolve(file)));
      OpenSslCli.run(dir, "pkey", "-in", file, "-pubout", "-outform", "DER", "-out", file + ".pub");

      assertThat(publicKeyOfDer(Files.readAllBytes(dir.resolve(file + ".pub"))))
          .as(file)
          .isEqualTo(keyPair.publicKey());
      assertThat(keyPair.curve())
          .as(file)
          .isEqualTo(file.equals("sm2.pem") ? Curve.SM2P256V1 : Curve.SECP256K1);
    }
  }

  @ParameterizedTest
  @EnumSource(Curve.class)
  void openSslReadsWhatWeWrite(Curve curve, @TempDir Path dir) throws Exception {
    OpenSslCli.assumeAvailable();
    KeyPair keyPair = generate(curve);
    Files.writeString(dir.resolve("pkcs8.pem"), KeyPem.writePkcs8(keyPair));
    Files.writeString(dir.resolve("sec1.pem"), KeyPem.writeSec1(keyPair));

    for (String file : new String[] {"pkcs8.pem", "sec1.pem"}) {
      OpenSslCli.run(dir, "pkey", "-in", file, "-pubout", "-outform", "DER", "-out", file + ".pub");

      assertThat(publicKeyOfDer(Files.readAllBytes(dir.resolve(file + ".pub"))))
          .as(file)
          .isEqualTo(keyPair.publicKey());
    }
    assertThat(OpenSslCli.run(dir, "pkey", "-in", "pkcs8.pem", "-check", "-noout"))
        .contains("Key is valid");
  }

  private static byte[] publicKeyOfDer(byte[] spki) throws Exception {
    byte[] point =
        SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(spki))
            .getPublicKeyData()
            .getOctets();
    return Arrays.copyOfRange(point, 1, 65);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
