/**
 * The node-to-node network as other modules use it: {@link org.jbcos.network.P2pNetwork}, node ids,
 * messages, module ids and {@link org.jbcos.network.P2pSettings}. Implementations live in {@code
 * tls} (real connections) and {@code memory} (simulated); frames in {@code frame}. Nothing here
 * knows about consensus, sync or groups beyond the protocol id.
 */
package org.jbcos.network;
