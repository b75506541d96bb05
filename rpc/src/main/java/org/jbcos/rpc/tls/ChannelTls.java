package org.jbcos.rpc.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.security.auth.x500.X500Principal;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;

/**
 * The channel port's TLS: TLS 1.2, the client must present a certificate chaining to the CA and,
 * like FISCO's {@code check_cert_issuer}, issued by the same issuer as the node certificate.
 *
 * <p>Provider: JDK TLS with RSA certificates (FISCO 2.9's default {@code conf/channel_cert/}, which
 * {@code build_chain.sh} makes with {@code rsa_crypto_channel=true}), ECDHE key exchange. The SDK's
 * client (netty-tcnative, TaSSL 1.0.2) accepts ECDHE on secp256r1 but offers x25519 and then cannot
 * decode an x25519 share, so x25519 and x448 are refused per connection ({@link
 * NoMontgomeryCurves}). Not supported here: secp256k1 channel certificates (JDK 17 dropped
 * secp256k1 from TLS; BouncyCastle JSSE or FISCO's tcnative could serve them) and SM (GM
 * double-certificate) TLS, which needs FISCO's tcnative with Netty 4.1.77 and a server context of
 * our own (java-stack.md §2.2).
 */
public final class ChannelTls {
  private static final String[] PROTOCOLS = {"TLSv1.2"};
  private static final List<String> CIPHERS =
      List.of(
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  private final SslContext context;
  private final X500Principal nodeIssuer;

  private ChannelTls(SslContext context, X500Principal nodeIssuer) {
    this.context = context;
    this.nodeIssuer = nodeIssuer;
  }

  /**
   * Reads {@code ca.crt}, {@code node.crt} (the node certificate, optionally followed by its
   * issuers) and {@code node.key} (PKCS#8 or PKCS#1), e.g. from {@code conf/channel_cert/}.
   */
  public static ChannelTls fromFiles(Path caCert, Path nodeCert, Path nodeKey, boolean checkIssuer)
      throws IOException {
    return fromPem(
        Files.readString(caCert, StandardCharsets.US_ASCII),
        Files.readString(nodeCert, StandardCharsets.US_ASCII),
        Files.readString(nodeKey, StandardCharsets.US_ASCII),
        checkIssuer);
  }

  /**
   * @param checkIssuer refuse SDK certificates whose issuer differs from the node certificate's
   * @throws CryptoException if the PEMs are bad, the key does not match, or the key is not RSA
   */
  public static ChannelTls fromPem(
      String caPem, String nodeCertPem, String nodeKeyPem, boolean checkIssuer) {
    IssuedCertificate node = IssuedCertificate.fromPem(nodeCertPem, nodeKeyPem);
    if (node.keyType() != CertKeyType.RSA) {
      throw new CryptoException(
          "the channel certificate has a "
              + node.keyType()
              + " key; the channel server supports RSA channel certificates"
              + " (conf/channel_cert, rsa_crypto_channel=true) only for now");
    }
    try {
      X509Certificate[] chain = jdk(CertificateAuthority.readCertificates(nodeCertPem));
      X509Certificate[] trusted = jdk(CertificateAuthority.readCertificates(caPem));
      SslContext context =
          SslContextBuilder.forServer(jdkRsaKey(node.privateKey()), chain)
              .trustManager(trusted)
              .clientAuth(ClientAuth.REQUIRE)
              .sslProvider(SslProvider.JDK)
              .protocols(PROTOCOLS)
              .ciphers(CIPHERS)
              .build();
      return new ChannelTls(context, checkIssuer ? chain[0].getIssuerX500Principal() : null);
    } catch (IOException | GeneralSecurityException e) {
      throw new CryptoException("cannot set up the channel TLS context: " + e.getMessage(), e);
    }
  }

  /** A server-side TLS handler for one connection. */
  public SslHandler newHandler(ByteBufAllocator alloc) {
    SSLEngine engine = context.newEngine(alloc);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setAlgorithmConstraints(NoMontgomeryCurves.INSTANCE);
    engine.setSSLParameters(parameters);
    return new SslHandler(engine);
  }

  /** Refuses a peer whose leaf certificate was not issued by the node certificate's issuer. */
  public void checkPeer(SSLSession session) throws SSLPeerUnverifiedException {
    if (nodeIssuer == null) {
      return;
    }
    Certificate[] peer = session.getPeerCertificates();
    if (peer.length == 0 || !(peer[0] instanceof X509Certificate leaf)) {
      throw new SSLPeerUnverifiedException("no client certificate");
    }
    if (leaf.getBasicConstraints() < 0 && !leaf.getIssuerX500Principal().equals(nodeIssuer)) {
      throw new SSLPeerUnverifiedException(
          "the SDK certificate was issued by "
              + leaf.getIssuerX500Principal().getName()
              + ", not by the node certificate's issuer "
              + nodeIssuer.getName());
    }
  }

  private static X509Certificate[] jdk(List<X509Certificate> certificates)
      throws GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> out = new ArrayList<>();
    for (X509Certificate c : certificates) {
      out.add(
          (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(c.getEncoded())));
    }
    return out.toArray(new X509Certificate[0]);
  }

  private static PrivateKey jdkRsaKey(PrivateKey key) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
  }
}
