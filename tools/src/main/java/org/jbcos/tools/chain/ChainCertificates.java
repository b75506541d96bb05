package org.jbcos.tools.chain;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.crypto.pki.LeafUsage;

/**
 * The chain's certificate authorities and the certificates they issue, with FISCO's subjects {@code
 * CN=<name>,O=fisco-bcos,OU=<chain|agency|node|sdk>}:
 *
 * <ul>
 *   <li>secp256k1: chain CA → agency → node (P2P) and SDK;
 *   <li>RSA-2048, when the channel uses RSA: one channel CA per agency → node channel certificate
 *       and SDK certificate (two levels, as build_chain.sh 2.9 makes them);
 *   <li>SM2 on SM chains: gm chain CA → gm agency → signing and encryption certificates of nodes
 *       and SDKs.
 * </ul>
 */
final class ChainCertificates {
  private final Duration validity;
  private final IssuedCertificate ca;
  private final Map<String, IssuedCertificate> agencies = new LinkedHashMap<>();
  private final Map<String, IssuedCertificate> channelCas = new LinkedHashMap<>();
  private final Optional<IssuedCertificate> gmCa;
  private final Map<String, IssuedCertificate> gmAgencies = new LinkedHashMap<>();

  private ChainCertificates(
      List<String> agencyNames, boolean sm, boolean rsaChannel, Duration validity) {
    this.validity = validity;
    this.ca =
        CertificateAuthority.selfSignedRoot(CertKeyType.SECP256K1, dn("chain", "chain"), validity);
    this.gmCa =
        sm
            ? Optional.of(
                CertificateAuthority.selfSignedRoot(
                    CertKeyType.SM2, dn("chain", "chain"), validity))
            : Optional.empty();
    for (String agency : agencyNames) {
      agencies.put(
          agency, CertificateAuthority.issueIntermediate(ca, dn(agency, "agency"), validity));
      if (rsaChannel) {
        channelCas.put(
            agency,
            CertificateAuthority.selfSignedRoot(
                CertKeyType.RSA, dn(agency + "-channel", "chain"), validity));
      }
      gmCa.ifPresent(
          root ->
              gmAgencies.put(
                  agency,
                  CertificateAuthority.issueIntermediate(root, dn(agency, "agency"), validity)));
    }
  }

  static ChainCertificates create(
      List<String> agencies, boolean sm, boolean rsaChannel, Duration validity) {
    return new ChainCertificates(agencies, sm, rsaChannel, validity);
  }

  /**
   * {@code cert/{ca.crt,ca.key}}, {@code cert/<agency>/{agency.crt,agency.key,ca.crt}}, {@code
   * cert/<agency>/channel/{ca.crt,ca.key}} and on SM chains {@code gmcert/{gmca.crt,gmca.key}},
   * {@code gmcert/<agency>-gm/{gmagency.crt,gmagency.key,gmca.crt}}: what an operator needs to
   * issue more node certificates later.
   */
  void writeAuthorities(Path out) {
    Path cert = out.resolve("cert");
    ChainFiles.write(cert.resolve("ca.crt"), ca.certificatePem());
    ChainFiles.writeSecret(cert.resolve("ca.key"), ca.privateKeyPem());
    agencies.forEach(
        (name, agency) -> {
          Path dir = cert.resolve(name);
          ChainFiles.write(dir.resolve("agency.crt"), agency.certificatePem());
          ChainFiles.writeSecret(dir.resolve("agency.key"), agency.privateKeyPem());
          ChainFiles.write(dir.resolve("ca.crt"), ca.certificatePem());
          IssuedCertificate channelCa = channelCas.get(name);
          if (channelCa != null) {
            ChainFiles.write(dir.resolve("channel/ca.crt"), channelCa.certificatePem());
            ChainFiles.writeSecret(dir.resolve("channel/ca.key"), channelCa.privateKeyPem());
          }
        });
    gmCa.ifPresent(
        root -> {
          Path gmcert = out.resolve("gmcert");
          ChainFiles.write(gmcert.resolve("gmca.crt"), root.certificatePem());
          ChainFiles.writeSecret(gmcert.resolve("gmca.key"), root.privateKeyPem());
          gmAgencies.forEach(
              (name, agency) -> {
                Path dir = gmcert.resolve(name + "-gm");
                ChainFiles.write(dir.resolve("gmagency.crt"), agency.certificatePem());
                ChainFiles.writeSecret(dir.resolve("gmagency.key"), agency.privateKeyPem());
                ChainFiles.write(dir.resolve("gmca.crt"), root.certificatePem());
              });
        });
  }

  NodeKeys issueNode(PlannedNode node) {
    String agency = node.agency();
    String subject = dn(node.name(), "node");
    IssuedCertificate p2p = leaf(agencies.get(agency), subject, LeafUsage.TLS);
    Optional<IssuedCertificate> channel =
        Optional.ofNullable(channelCas.get(agency)).map(ca -> leaf(ca, subject, LeafUsage.TLS));
    Optional<IssuedCertificate> smSign =
        Optional.ofNullable(gmAgencies.get(agency)).map(a -> leaf(a, subject, LeafUsage.SM_SIGN));
    Optional<IssuedCertificate> smEncrypt =
        Optional.ofNullable(gmAgencies.get(agency))
            .map(a -> leaf(a, dn(node.name(), "ennode"), LeafUsage.SM_ENCRYPT));
    return new NodeKeys(p2p, channel, smSign, smEncrypt);
  }

  /**
   * A node's {@code conf/}: {@code ca.crt}, {@code node.crt} (node then agency certificate), {@code
   * node.key}, {@code node.nodeid}, {@code channel_cert/} with RSA channel certificates; on SM
   * chains the gm* files instead, with the secp256k1 ones moved to {@code origin_cert/}.
   */
  void writeNode(Path conf, PlannedNode node, NodeKeys keys) {
    Path p2pDir = gmCa.isPresent() ? conf.resolve("origin_cert") : conf;
    IssuedCertificate agency = agencies.get(node.agency());
    writeEcNode(
        p2pDir, "", ca, List.of(keys.p2p().certificate(), agency.certificate()), keys.p2p());
    keys.channel()
        .ifPresent(
            channel -> {
              Path dir = conf.resolve("channel_cert");
              ChainFiles.write(
                  dir.resolve("ca.crt"), channelCas.get(node.agency()).certificatePem());
              ChainFiles.write(dir.resolve("node.crt"), channel.certificatePem());
              ChainFiles.writeSecret(dir.resolve("node.key"), channel.privateKeyPem());
            });
    if (gmCa.isPresent()) {
      IssuedCertificate gmAgency = gmAgencies.get(node.agency());
      IssuedCertificate sign = keys.smSign().orElseThrow();
      // FISCO's gmnode.crt carries the whole chain, its node.crt only node and agency
      writeEcNode(
          conf,
          "gm",
          gmCa.get(),
          List.of(sign.certificate(), gmAgency.certificate(), gmCa.get().certificate()),
          sign);
      IssuedCertificate encrypt = keys.smEncrypt().orElseThrow();
      ChainFiles.write(conf.resolve("gmennode.crt"), encrypt.certificatePem());
      ChainFiles.writeSecret(conf.resolve("gmennode.key"), encrypt.privateKeyPem());
    }
  }

  /**
   * An IP's {@code sdk/}: {@code ca.crt}, {@code sdk.crt}, {@code sdk.key} for the channel (RSA
   * channel CA → sdk, or chain CA → agency → sdk), and on SM chains {@code gm/} with {@code
   * gmca.crt}, {@code gmsdk.crt/.key}, {@code gmensdk.crt/.key}.
   */
  void writeSdk(Path sdk, String agency) {
    String subject = dn("sdk", "sdk");
    IssuedCertificate channelCa = channelCas.get(agency);
    if (channelCa != null) {
      IssuedCertificate cert = leaf(channelCa, subject, LeafUsage.TLS);
      ChainFiles.write(sdk.resolve("ca.crt"), channelCa.certificatePem());
      ChainFiles.write(sdk.resolve("sdk.crt"), cert.certificatePem());
      ChainFiles.writeSecret(sdk.resolve("sdk.key"), cert.privateKeyPem());
    } else {
      IssuedCertificate issuer = agencies.get(agency);
      IssuedCertificate cert = leaf(issuer, subject, LeafUsage.TLS);
      ChainFiles.write(sdk.resolve("ca.crt"), ca.certificatePem());
      ChainFiles.write(
          sdk.resolve("sdk.crt"),
          CertificateAuthority.writeCertificates(
              List.of(cert.certificate(), issuer.certificate())));
      ChainFiles.writeSecret(sdk.resolve("sdk.key"), cert.privateKeyPem());
    }
    gmCa.ifPresent(
        root -> {
          IssuedCertificate gmAgency = gmAgencies.get(agency);
          IssuedCertificate sign = leaf(gmAgency, subject, LeafUsage.SM_SIGN);
          IssuedCertificate encrypt = leaf(gmAgency, dn("sdk", "ensdk"), LeafUsage.SM_ENCRYPT);
          Path gm = sdk.resolve("gm");
          ChainFiles.write(gm.resolve("gmca.crt"), root.certificatePem());
          ChainFiles.write(
              gm.resolve("gmsdk.crt"),
              CertificateAuthority.writeCertificates(
                  List.of(sign.certificate(), gmAgency.certificate())));
          ChainFiles.writeSecret(gm.resolve("gmsdk.key"), sign.privateKeyPem());
          ChainFiles.write(gm.resolve("gmensdk.crt"), encrypt.certificatePem());
          ChainFiles.writeSecret(gm.resolve("gmensdk.key"), encrypt.privateKeyPem());
        });
  }

  private static void writeEcNode(
      Path dir,
      String prefix,
      IssuedCertificate root,
      List<X509Certificate> chain,
      IssuedCertificate node) {
    ChainFiles.write(dir.resolve(prefix + "ca.crt"), root.certificatePem());
    ChainFiles.write(
        dir.resolve(prefix + "node.crt"), CertificateAuthority.writeCertificates(chain));
    ChainFiles.writeSecret(dir.resolve(prefix + "node.key"), node.privateKeyPem());
    ChainFiles.write(dir.resolve(prefix + "node.nodeid"), node.nodeId() + "\n");
  }

  private IssuedCertificate leaf(IssuedCertificate issuer, String subject, LeafUsage usage) {
    return CertificateAuthority.issueLeaf(issuer, subject, validity, usage);
  }

  private static String dn(String cn, String ou) {
    return "CN=" + cn + ",O=fisco-bcos,OU=" + ou;
  }
}
