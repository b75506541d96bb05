/**
 * The P2P network over mutual TLS: {@link org.jbcos.network.tls.TlsP2pNetwork} (Netty 4.1, {@code
 * SslProvider.JDK} with BouncyCastle JSSE 1.84 as the TLS provider), credentials in {@link
 * org.jbcos.network.tls.NodeCertificates}.
 *
 * <p>TLS modes, chosen by the node certificate's key:
 *
 * <ul>
 *   <li><b>ECDSA chains</b> (secp256k1 {@code ca.crt → agency → node.crt}): TLS 1.2,
 *       TLS_ECDHE_ECDSA_WITH_AES_256/128_GCM, groups secp256k1 then secp256r1, like the C++ node.
 *       BCJSSE gets its own BouncyCastle JCA provider (it keeps secp256k1) and the named groups are
 *       set per engine through {@code BCSSLParameters}; no JVM-wide security property is changed.
 *   <li><b>SM chains</b> (SM2 {@code gmca.crt → gmagency → gmnode.crt}, signing certificate only):
 *       TLS 1.3 with RFC 8998, TLS_SM4_GCM_SM3 (or CCM), key exchange curveSM2, signatures
 *       sm2sig_sm3. This works between JBCOS nodes; it is <em>not</em> FISCO's GM
 *       double-certificate TLS (TaSSL "CNTLS", ECDHE-SM4-SM3 over TLS 1.1-style records), so a
 *       JBCOS SM node cannot talk to a C++ SM node; that needs FISCO's tcnative with Netty 4.1.77
 *       (java-stack.md §2.2). The encryption certificate {@code gmennode.crt} is not used.
 * </ul>
 *
 * <p>What BCJSSE 1.84 needed for SM mode (found on loopback): (1) its key managers have no key
 * filter for the TLS 1.3 key type {@code "EC/sm2p256v1"}, so the server "found no selectable cipher
 * suite": {@link org.jbcos.network.tls.NodeKeyManager} presents the node key for the mode's key
 * types; (2) its PKIX trust manager's algorithm checker refuses SM3withSM2 certificate signatures
 * ("Signature algorithm '1.2.156.10197.1.501' not permitted …"), even with {@code
 * signature_algorithms_cert = sm2sig_sm3}: {@link org.jbcos.network.tls.ChainTrustManager} checks
 * the chain with {@code CertificateAuthority.verifyChain} instead (both modes).
 *
 * <p>Not here: interop with C++ FISCO nodes is untested (no binary available); FISCO's heartbeat
 * packet is replaced by an empty frame with protocol id 0.
 */
package org.jbcos.network.tls;
