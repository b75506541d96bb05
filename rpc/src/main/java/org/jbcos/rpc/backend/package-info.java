/**
 * What the RPC layer asks of the node: {@link org.jbcos.rpc.backend.NodeBackend} for node-wide
 * facts and {@link org.jbcos.rpc.backend.GroupBackend} per group, split by area (ledger queries,
 * transaction pool, read-only calls, consensus and sync status). The node implements these over its
 * ledger, txpool and executor; the RPC layer turns the values into FISCO's JSON. Nothing here knows
 * about JSON, HTTP or channels.
 */
package org.jbcos.rpc.backend;
