/**
 * FISCO 2.x RC2 node-to-node frames: {@link org.jbcos.network.frame.P2pFrameCodec} and its Netty
 * decoder and encoder. Compression uses Netty's pure-Java Snappy (raw block format, the same as
 * FISCO's {@code snappy::Compress}; tests check it against the native snappy-java), so the module
 * needs no native library. Nothing here knows about sessions or TLS.
 */
package org.jbcos.network.frame;
