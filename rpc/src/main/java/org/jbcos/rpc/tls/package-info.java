/**
 * All TLS set-up of the channel server, in one place so that the provider can be changed: {@link
 * org.jbcos.rpc.tls.ChannelTls}.
 */
package org.jbcos.rpc.tls;
