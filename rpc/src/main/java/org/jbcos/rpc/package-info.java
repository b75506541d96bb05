/**
 * The JSON-RPC 2.0 core shared by the HTTP and channel servers: {@link
 * org.jbcos.rpc.JsonRpcDispatcher} parses requests (single or batch), checks the group parameter
 * and dispatches to the method catalogue ({@link org.jbcos.rpc.MethodCatalogue}); {@link
 * org.jbcos.rpc.RpcException} carries FISCO's error codes. Transports live in {@code http} and
 * {@code channel}, the node-facing interfaces in {@code backend}.
 */
package org.jbcos.rpc;
