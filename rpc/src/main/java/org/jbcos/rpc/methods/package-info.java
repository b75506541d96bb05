/**
 * FISCO BCOS 2.x's JSON-RPC method catalogue ({@link org.jbcos.rpc.methods.StandardMethods}):
 * parameter checks, calls into the backend interfaces and the exact result shapes of sdk-wire.md
 * §2.3 and §4.1 ({@link org.jbcos.rpc.methods.Views}). No transport code here.
 */
package org.jbcos.rpc.methods;
