/**
 * The node's one P2P network, shared by its groups: started from {@code config.ini} ({@code [p2p]},
 * {@code [network_security]}, {@code [certificate_blacklist]}, {@code [certificate_whitelist]}),
 * with messages routed to a group by the group id in their protocol id.
 */
package org.jbcos.node.network;
