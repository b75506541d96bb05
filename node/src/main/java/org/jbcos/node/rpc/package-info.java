/**
 * The node's client side: its groups behind the RPC layer's backend interfaces, and the servers.
 */
package org.jbcos.node.rpc;
