/**
 * Recursive Length Prefix: the byte encoding of FISCO transactions, headers and receipts. Decoding
 * is strict (canonical forms only, no trailing bytes, bounded lengths and depth); nothing here
 * knows about the types it carries.
 */
package org.jbcos.codec.rlp;
