/**
 * JSON-RPC over HTTP/1.1 on Netty ({@link org.jbcos.rpc.http.HttpJsonRpcServer}): POST bodies up to
 * a size cap go to the shared {@link org.jbcos.rpc.JsonRpcDispatcher}. No TLS, no HTTP/2.
 */
package org.jbcos.rpc.http;
