package org.jbcos.network.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.pem.KeyPem;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pException;

/**
 * A node's P2P credentials: the chain CA certificate(s) it trusts, its certificate chain (node
 * first, then its issuers, as in {@code node.crt}) and its private key.
 *
 * @param trusted the chain CA certificates ({@code ca.crt})
 * @param chain the node certificate followed by its issuers
 * @param privateKey the node's key
 */
public record NodeCertificates(
    List<X509Certificate> trusted, List<X509Certificate> chain, PrivateKey privateKey) {
  public NodeCertificates {
    trusted = List.copyOf(trusted);
    chain = List.copyOf(chain);
    if (trusted.isEmpty() || chain.isEmpty()) {
      throw new P2pException("P2P credentials need a CA certificate and a node certificate");
    }
  }

  /**
   * Reads {@code ca.crt}, {@code node.crt} and {@code node.key} as build-chain writes them.
   *
   * @throws P2pException if a file cannot be read, is not valid PEM, or the key does not belong to
   *     the certificate
   */
  public static NodeCertificates fromFiles(Path caCert, Path nodeCert, Path nodeKey) {
    try {
      return fromPem(read(caCert), read(nodeCert), read(nodeKey));
    } catch (CryptoException e) {
      throw new P2pException(
          "bad P2P certificates ("
              + caCert
              + ", "
              + nodeCert
              + ", "
              + nodeKey
              + "): "
              + e.getMessage(),
          e);
    }
  }

  /** Parses the three PEM texts. */
  public static NodeCertificates fromPem(String caPem, String nodeCertPem, String nodeKeyPem) {
    IssuedCertificate node = IssuedCertificate.fromPem(nodeCertPem, nodeKeyPem);
    if (node.keyType() == CertKeyType.RSA) {
      throw new P2pException("the P2P node certificate must be secp256k1 or SM2, not RSA");
    }
    return new NodeCertificates(
        CertificateAuthority.readCertificates(caPem),
        CertificateAuthority.readCertificates(nodeCertPem),
        node.privateKey());
  }

  /** The key type of the node certificate, which selects the TLS mode. */
  public CertKeyType keyType() {
    return CertKeyType.of(chain.get(0).getPublicKey());
  }

  /** The node id: the public key of the node certificate. */
  public NodeId nodeId() {
    return NodeId.of(KeyPem.publicKeyOf(chain.get(0).getPublicKey()));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new P2pException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
