/**
 * The sync protocol's packets on the wire (module {@code BLOCK_SYNC} = 9), each an RLP item decoded
 * strictly: a packet that is not exactly the expected shape raises {@link
 * org.jbcos.sync.wire.MalformedPacketException} naming what is wrong. Nothing here talks to the
 * network or the chain.
 *
 * <ul>
 *   <li>Status (0x00): {@code [number, genesisHash, headHash]}, the order of FISCO 2.x's {@code
 *       SyncStatusPacket}.
 *   <li>Transactions (0x01): {@code [tx, tx, ...]}, each a signed transaction's RLP list.
 *   <li>Blocks (0x02): {@code [bytes, bytes, ...]}, each an encoded {@link
 *       org.jbcos.protocol.Block} as an RLP string.
 *   <li>ReqBlocks (0x03): {@code [fromNumber, count]}.
 * </ul>
 */
package org.jbcos.sync.wire;
