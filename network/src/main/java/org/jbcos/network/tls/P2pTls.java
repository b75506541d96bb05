package org.jbcos.network.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.BCSSLEngine;
import org.bouncycastle.jsse.BCSSLParameters;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pException;

/**
 * The P2P connections' mutual TLS through BouncyCastle JSSE (java-stack.md §0.1 (a)): the JDK's own
 * TLS has no secp256k1. Both sides present their chain and must chain to the trusted CA.
 *
 * <ul>
 *   <li>secp256k1 certificates (ECDSA chains): TLS 1.2, ECDHE-ECDSA with AES-GCM, key exchange on
 *       secp256k1 (as the C++ node pins it) or secp256r1.
 *   <li>SM2 certificates (SM chains): see {@link TlsMode#SM_TLS13}.
 * </ul>
 *
 * <p>BCJSSE is given its own BouncyCastle provider, so that it keeps secp256k1, and the named
 * groups are set per engine; no JVM-wide security property is changed.
 */
final class P2pTls {
  private static final Provider BC = new BouncyCastleProvider();
  private static final Provider BCJSSE = new BouncyCastleJsseProvider(BC);
  private static final long HANDSHAKE_TIMEOUT_MILLIS = Duration.ofSeconds(10).toMillis();

  private final TlsMode mode;
  private final SslContext server;
  private final SslContext client;

  private P2pTls(TlsMode mode, SslContext server, SslContext client) {
    this.mode = mode;
    this.server = server;
    this.client = client;
  }

  /**
   * @throws P2pException if the certificates do not make a usable TLS context or the mode is not
   *     supported
   */
  static P2pTls of(NodeCertificates certificates) {
    TlsMode mode = TlsMode.of(certificates.keyType());
    try {
      NodeKeyManager keys = new NodeKeyManager(certificates, mode.keyTypes());
      ChainTrustManager trust = new ChainTrustManager(certificates.trusted());
      SslContext server =
          SslContextBuilder.forServer(keys)
              .trustManager(trust)
              .clientAuth(ClientAuth.REQUIRE)
              .sslProvider(SslProvider.JDK)
              .sslContextProvider(BCJSSE)
              .protocols(mode.protocols())
              .ciphers(mode.cipherSuites())
              .build();
      SslContext client =
          SslContextBuilder.forClient()
              .keyManager(keys)
              .trustManager(trust)
              .sslProvider(SslProvider.JDK)
              .sslContextProvider(BCJSSE)
              .protocols(mode.protocols())
              .ciphers(mode.cipherSuites())
              .build();
      return new P2pTls(mode, server, client);
    } catch (IOException e) {
      throw new P2pException("cannot set up P2P TLS: " + e.getMessage(), e);
    }
  }

  TlsMode mode() {
    return mode;
  }

  /** A TLS handler for one connection, the dialing side being the TLS client. */
  SslHandler newHandler(ByteBufAllocator alloc, boolean dialing) {
    SSLEngine engine = (dialing ? client : server).newEngine(alloc);
    if (!(engine instanceof BCSSLEngine bc)) {
      throw new P2pException("the P2P TLS engine is not BouncyCastle's: " + engine.getClass());
    }
    BCSSLParameters parameters = bc.getParameters();
    parameters.setNamedGroups(mode.namedGroups());
    if (mode.signatureSchemes().length > 0) {
      parameters.setSignatureSchemes(mode.signatureSchemes());
      parameters.setSignatureSchemesCert(mode.signatureSchemes());
    }
    bc.setParameters(parameters);
    SslHandler handler = new SslHandler(engine);
    handler.setHandshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MILLIS);
    return handler;
  }

  /**
   * The node id in the peer's leaf certificate.
   *
   * @throws SSLPeerUnverifiedException if there is none or its key is not of this mode's curve
   */
  NodeId peerId(SSLSession session) throws SSLPeerUnverifiedException {
    Certificate[] peer = session.getPeerCertificates();
    if (peer.length == 0 || !(peer[0] instanceof X509Certificate leaf)) {
      throw new SSLPeerUnverifiedException("the peer sent no X.509 certificate");
    }
    try {
      if (CertKeyType.of(leaf.getPublicKey()) != mode.keyType()) {
        throw new SSLPeerUnverifiedException("the peer certificate's key is not " + mode.keyType());
      }
      return NodeId.of(KeyPem.publicKeyOf(leaf.getPublicKey()));
    } catch (CryptoException e) {
      throw new SSLPeerUnverifiedException("unusable peer certificate key: " + e.getMessage());
    }
  }
}
