package org.jbcos.tools.chain;

import java.util.Objects;
import java.util.Optional;
import org.jbcos.crypto.pki.IssuedCertificate;

/**
 * A node's certificates.
 *
 * @param p2p the secp256k1 certificate issued by its agency ({@code node.crt}; {@code
 *     origin_cert/node.crt} on SM chains)
 * @param channel the RSA certificate of the SDK channel ({@code channel_cert/node.crt}), when the
 *     chain uses RSA channel certificates
 * @param smSign the SM2 signing certificate ({@code gmnode.crt}) on SM chains
 * @param smEncrypt the SM2 encryption certificate ({@code gmennode.crt}) on SM chains
 */
record NodeKeys(
    IssuedCertificate p2p,
    Optional<IssuedCertificate> channel,
    Optional<IssuedCertificate> smSign,
    Optional<IssuedCertificate> smEncrypt) {
  NodeKeys {
    Objects.requireNonNull(p2p, "p2p");
  }

  /** The node id: the public key of the SM2 signing key on SM chains, else of the P2P key. */
  String nodeId() {
    return smSign.orElse(p2p).nodeId();
  }
}
