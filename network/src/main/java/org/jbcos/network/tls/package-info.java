/**
 * The P2P network over mutual TLS: {@link org.jbcos.network.tls.TlsP2pNetwork}. (Findings on TLS
 * modes: see below once written.)
 */
package org.jbcos.network.tls;
