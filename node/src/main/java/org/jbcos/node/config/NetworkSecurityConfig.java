package org.jbcos.node.config;

/**
 * {@code config.ini [network_security]} (pre-2.x name {@code [secure]}): the node's P2P key and
 * certificates. File names are relative to {@code data_path}, which is relative to the node
 * directory. The defaults depend on {@code [chain] sm_crypto}: {@code node.key}, {@code node.crt},
 * {@code ca.crt}, or {@code gmnode.key}, {@code gmnode.crt}, {@code gmca.crt} and the encryption
 * pair {@code gmennode.key} / {@code gmennode.crt}.
 *
 * @param dataPath {@code data_path}, default {@code conf/}
 * @param key {@code key}: the node's private key (PKCS#8 PEM)
 * @param cert {@code cert}: the node certificate followed by its issuers
 * @param caCert {@code ca_cert}: the chain CA certificate
 * @param caPath {@code ca_path}: a directory of further CA certificates, default empty (none)
 * @param enKey {@code en_key}: the SM2 encryption key (SM chains only)
 * @param enCert {@code en_cert}: the SM2 encryption certificate (SM chains only)
 * @param checkCertIssuer {@code check_cert_issuer}, default true: SDK certificates must come from
 *     the node's own issuer
 */
public record NetworkSecurityConfig(
    String dataPath,
    String key,
    String cert,
    String caCert,
    String caPath,
    String enKey,
    String enCert,
    boolean checkCertIssuer) {
  static final String SECTION = "network_security";
  static final String LEGACY_SECTION = "secure";
  private static final String DATA_PATH = "data_path";
  private static final String KEY = "key";
  private static final String CERT = "cert";
  private static final String CA_CERT = "ca_cert";
  private static final String CA_PATH = "ca_path";
  private static final String EN_KEY = "en_key";
  private static final String EN_CERT = "en_cert";
  private static final String CHECK_CERT_ISSUER = "check_cert_issuer";

  /** The directory of the RSA (or ECDSA) certificates of the SDK channel, under data_path. */
  public static final String CHANNEL_CERT_DIR = "channel_cert";

  /** The directory of the secp256k1 certificates of an SM node, under data_path. */
  public static final String ORIGIN_CERT_DIR = "origin_cert";

  /** The files build-chain writes and FISCO reads by default. */
  public static NetworkSecurityConfig defaults(boolean smCrypto) {
    String p = smCrypto ? "gm" : "";
    return new NetworkSecurityConfig(
        "conf/",
        p + "node.key",
        p + "node.crt",
        p + "ca.crt",
        "",
        "gmennode.key",
        "gmennode.crt",
        true);
  }

  static NetworkSecurityConfig read(SectionReader r, boolean smCrypto) {
    NetworkSecurityConfig d = defaults(smCrypto);
    return new NetworkSecurityConfig(
        r.string(DATA_PATH, d.dataPath()),
        r.string(KEY, d.key()),
        r.string(CERT, d.cert()),
        r.string(CA_CERT, d.caCert()),
        r.string(CA_PATH, d.caPath()),
        r.string(EN_KEY, d.enKey()),
        r.string(EN_CERT, d.enCert()),
        r.bool(CHECK_CERT_ISSUER, d.checkCertIssuer()));
  }

  void write(IniWriter w, boolean smCrypto) {
    w.section(SECTION)
        .comment("directory the certificates located in")
        .entry(DATA_PATH, dataPath)
        .comment("the node private key file")
        .entry(KEY, key)
        .comment("the node certificate file")
        .entry(CERT, cert)
        .comment("the ca certificate file")
        .entry(CA_CERT, caCert);
    if (caPath.isEmpty()) {
      w.disabled(CA_PATH, "");
    } else {
      w.entry(CA_PATH, caPath);
    }
    NetworkSecurityConfig d = defaults(true);
    if (smCrypto || !enKey.equals(d.enKey()) || !enCert.equals(d.enCert())) {
      w.comment("the SM2 encryption key and certificate").entry(EN_KEY, enKey);
      w.entry(EN_CERT, enCert);
    }
    w.comment("SDK certificates must be issued by the issuer of this node's certificate")
        .entry(CHECK_CERT_ISSUER, checkCertIssuer);
  }
}
