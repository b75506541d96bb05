package org.jbcos.network.tls;

import java.time.Duration;
import java.util.List;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.crypto.pki.LeafUsage;

/** A chain CA with one agency, issuing node credentials as build-chain does. */
final class TestChain {
  private static final Duration VALIDITY = Duration.ofDays(1);

  private final IssuedCertificate ca;
  private final IssuedCertificate agency;
  private int nodes;

  TestChain(CertKeyType type) {
    ca = CertificateAuthority.selfSignedRoot(type, "CN=chain,O=fisco-bcos,OU=chain", VALIDITY);
    agency =
        CertificateAuthority.issueIntermediate(ca, "CN=agency,O=fisco-bcos,OU=agency", VALIDITY);
  }

  IssuedCertificate ca() {
    return ca;
  }

  /** A new node: its certificate is followed by the agency's, as in {@code node.crt}. */
  NodeCertificates newNode() {
    IssuedCertificate node =
        CertificateAuthority.issueLeaf(
            agency,
            "CN=node" + nodes++ + ",O=fisco-bcos,OU=node",
            VALIDITY,
            type() == CertKeyType.SM2 ? LeafUsage.SM_SIGN : LeafUsage.TLS);
    return new NodeCertificates(
        List.of(ca.certificate()),
        List.of(node.certificate(), agency.certificate()),
        node.privateKey());
  }

  private CertKeyType type() {
    return ca.keyType();
  }
}
