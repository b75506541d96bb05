package org.jbcos.network.tls;

import java.util.List;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.network.P2pException;

/** The TLS parameters for each kind of chain certificate. */
enum TlsMode {
  /** ECDSA chains: secp256k1 certificates, TLS 1.2, as the C++ node ({@code tlsv12}). */
  ECDSA_TLS12(
      CertKeyType.SECP256K1,
      new String[] {"TLSv1.2"},
      List.of("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
      new String[] {"secp256k1", "secp256r1"},
      new String[0],
      List.of("ECDHE_ECDSA", "EC")),
  /**
   * SM chains: SM2 certificates over TLS 1.3 with RFC 8998 (TLS_SM4_GCM_SM3, curveSM2, sm2sig_sm3).
   * Not FISCO's GM double-certificate TLS (TLCP), so a JBCOS SM node cannot talk to a C++ SM node;
   * JBCOS SM nodes talk to each other.
   */
  SM_TLS13(
      CertKeyType.SM2,
      new String[] {"TLSv1.3"},
      List.of("TLS_SM4_GCM_SM3", "TLS_SM4_CCM_SM3"),
      new String[] {"curveSM2"},
      new String[] {"sm2sig_sm3"},
      List.of("EC/sm2p256v1"));

  private final CertKeyType keyType;
  private final String[] protocols;
  private final List<String> cipherSuites;
  private final String[] namedGroups;
  private final String[] signatureSchemes;
  private final List<String> keyTypes;

  TlsMode(
      CertKeyType keyType,
      String[] protocols,
      List<String> cipherSuites,
      String[] namedGroups,
      String[] signatureSchemes,
      List<String> keyTypes) {
    this.keyType = keyType;
    this.protocols = protocols;
    this.cipherSuites = cipherSuites;
    this.namedGroups = namedGroups;
    this.signatureSchemes = signatureSchemes;
    this.keyTypes = keyTypes;
  }

  static TlsMode of(CertKeyType keyType) {
    for (TlsMode mode : values()) {
      if (mode.keyType == keyType) {
        return mode;
      }
    }
    throw new P2pException("no P2P TLS mode for " + keyType + " certificates");
  }

  /** The BCJSSE key types the node key serves in this mode. */
  List<String> keyTypes() {
    return keyTypes;
  }

  CertKeyType keyType() {
    return keyType;
  }

  String[] protocols() {
    return protocols.clone();
  }

  List<String> cipherSuites() {
    return cipherSuites;
  }

  String[] namedGroups() {
    return namedGroups.clone();
  }

  /** The signature schemes to offer; empty for BCJSSE's defaults. */
  String[] signatureSchemes() {
    return signatureSchemes.clone();
  }
}
