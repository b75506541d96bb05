package org.jbcos.network.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.pki.CertificateAuthority;

/**
 * Accepts a peer whose chain leads to one of the chain CA certificates, checked by {@link
 * CertificateAuthority#verifyChain} (signatures, issuer names, validity, CA constraints). Used
 * instead of BouncyCastle's PKIX trust manager, whose algorithm checker refuses SM3withSM2-signed
 * certificates ("Signature algorithm '1.2.156.10197.1.501' not permitted") even when {@code
 * sm2sig_sm3} is negotiated. No revocation lists: FISCO 2.x has none either ({@code
 * certificate_blacklist} is by node id).
 */
final class ChainTrustManager extends X509ExtendedTrustManager {
  private final List<X509Certificate> roots;

  ChainTrustManager(List<X509Certificate> roots) {
    this.roots = List.copyOf(roots);
  }

  private void check(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("the peer presented no certificate");
    }
    String reason = "no chain CA certificate";
    for (X509Certificate root : roots) {
      try {
        CertificateAuthority.verifyChain(Arrays.asList(chain), root);
        return;
      } catch (CryptoException e) {
        reason = e.getMessage();
      }
    }
    throw new CertificateException("the peer certificate does not lead to the chain CA: " + reason);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return roots.toArray(new X509Certificate[0]);
  }
}
