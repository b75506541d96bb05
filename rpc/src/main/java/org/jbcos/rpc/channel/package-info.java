/**
 * FISCO's SDK channel protocol over TLS (sdk-wire.md §1): 42-byte framed messages ({@link
 * org.jbcos.rpc.channel.ChannelFrameCodec}), handshake 0x14, heartbeat 0x13, JSON-RPC 0x12 through
 * the shared dispatcher, receipt pushes 0x1000 after the RPC reply, block-number pushes 0x1001 to
 * sessions subscribed to {@code _block_notify_<group>}, AMOP between this node's SDKs and event-log
 * subscriptions 0x15/0x16/0x1002. {@link org.jbcos.rpc.channel.ChannelServer} is the entry point.
 */
package org.jbcos.rpc.channel;
