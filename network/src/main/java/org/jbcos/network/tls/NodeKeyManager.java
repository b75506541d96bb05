package org.jbcos.network.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import org.bouncycastle.jsse.BCX509ExtendedKeyManager;
import org.bouncycastle.jsse.BCX509Key;

/**
 * Presents the node's one certificate chain when the TLS stack asks for a key type of the mode.
 * BouncyCastle's own key managers find no key for TLS 1.3 {@code sm2sig_sm3}: they have no filter
 * for the key type "EC/sm2p256v1", so SM mode needs this one; ECDSA mode uses it too, for one code
 * path.
 */
final class NodeKeyManager extends BCX509ExtendedKeyManager {
  private static final String ALIAS = "node";

  private final X509Certificate[] chain;
  private final PrivateKey key;
  private final List<String> keyTypes;

  /**
   * @param keyTypes the BCJSSE key types this key serves, e.g. "ECDHE_ECDSA" (TLS 1.2 servers),
   *     "EC" (TLS 1.2 clients), "EC/sm2p256v1" (TLS 1.3 sm2sig_sm3)
   */
  NodeKeyManager(NodeCertificates certificates, List<String> keyTypes) {
    this.chain = certificates.chain().toArray(new X509Certificate[0]);
    this.key = certificates.privateKey();
    this.keyTypes = List.copyOf(keyTypes);
  }

  private BCX509Key choose(String[] requested) {
    if (requested == null) {
      return null;
    }
    for (String type : requested) {
      if (keyTypes.contains(type)) {
        return new NodeKey(type);
      }
    }
    return null;
  }

  private String alias(String[] requested) {
    return choose(requested) == null ? null : ALIAS;
  }

  @Override
  public BCX509Key chooseClientKeyBC(String[] keyType, Principal[] issuers, Socket socket) {
    return choose(keyType);
  }

  @Override
  public BCX509Key chooseEngineClientKeyBC(
      String[] keyType, Principal[] issuers, SSLEngine engine) {
    return choose(keyType);
  }

  @Override
  public BCX509Key chooseEngineServerKeyBC(
      String[] keyType, Principal[] issuers, SSLEngine engine) {
    return choose(keyType);
  }

  @Override
  public BCX509Key chooseServerKeyBC(String[] keyType, Principal[] issuers, Socket socket) {
    return choose(keyType);
  }

  @Override
  protected BCX509Key getKeyBC(String keyType, String alias) {
    return ALIAS.equals(alias) && keyTypes.contains(keyType) ? new NodeKey(keyType) : null;
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return keyTypes.contains(keyType) ? new String[] {ALIAS} : null;
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return alias(keyType);
  }

  @Override
  public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
    return alias(keyType);
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return keyTypes.contains(keyType) ? new String[] {ALIAS} : null;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return alias(new String[] {keyType});
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return alias(new String[] {keyType});
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return ALIAS.equals(alias) ? chain.clone() : null;
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return ALIAS.equals(alias) ? key : null;
  }

  private final class NodeKey implements BCX509Key {
    private final String keyType;

    NodeKey(String keyType) {
      this.keyType = keyType;
    }

    @Override
    public X509Certificate[] getCertificateChain() {
      return chain.clone();
    }

    @Override
    public String getKeyType() {
      return keyType;
    }

    @Override
    public PrivateKey getPrivateKey() {
      return key;
    }
  }
}
