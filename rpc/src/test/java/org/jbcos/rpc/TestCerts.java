package org.jbcos.rpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.crypto.pki.LeafUsage;
import org.jbcos.rpc.tls.ChannelTls;

/** FISCO 2.9's RSA channel certificates: ca → node, ca → sdk, as build_chain.sh makes them. */
public final class TestCerts {
  private static final Duration VALIDITY = Duration.ofDays(1);

  public final IssuedCertificate ca;
  public final IssuedCertificate node;
  public final IssuedCertificate sdk;

  private TestCerts(IssuedCertificate ca) {
    this.ca = ca;
    this.node =
        CertificateAuthority.issueLeaf(
            ca, "CN=node0,O=fisco-bcos,OU=node", VALIDITY, LeafUsage.TLS);
    this.sdk =
        CertificateAuthority.issueLeaf(ca, "CN=sdk,O=fisco-bcos,OU=sdk", VALIDITY, LeafUsage.TLS);
  }

  public static TestCerts rsa() {
    return new TestCerts(
        CertificateAuthority.selfSignedRoot(
            CertKeyType.RSA, "CN=chain,O=fisco-bcos,OU=chain", VALIDITY));
  }

  public ChannelTls serverTls() {
    return ChannelTls.fromPem(
        ca.certificatePem(), node.certificatePem(), node.privateKeyPem(), true);
  }

  /** Writes the SDK's conf directory: ca.crt, sdk.crt, sdk.key. */
  Path writeSdkConf(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("ca.crt"), ca.certificatePem(), StandardCharsets.US_ASCII);
    Files.writeString(dir.resolve("sdk.crt"), sdk.certificatePem(), StandardCharsets.US_ASCII);
    Files.writeString(dir.resolve("sdk.key"), sdk.privateKeyPem(), StandardCharsets.US_ASCII);
    return dir;
  }
}
