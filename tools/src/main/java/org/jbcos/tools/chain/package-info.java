/**
 * {@code jbcos build-chain}: generates a chain's node directories the way FISCO BCOS 2.x's {@code
 * build_chain.sh} does: the certificate hierarchy (chain CA → agency → node / SDK, plus RSA channel
 * certificates and SM2 dual certificates), every node's {@code config.ini}, {@code group.N.genesis}
 * and {@code group.N.ini} (written with {@code org.jbcos.node.config}), and the start and stop
 * scripts. Planning (which node gets which directory, ports and groups) is separate from writing
 * files, so that option errors come before any key is generated.
 */
package org.jbcos.tools.chain;
