/**
 * FISCO BCOS 2.x protocol values — transactions, block headers, blocks, receipts, logs, bloom, the
 * 16-ary Merkle tree and proofs — with their exact RLP encodings, hashes and JSON views. Nothing
 * here executes, stores or sends anything.
 */
package org.jbcos.protocol;
