/**
 * The transaction pool: admission with the 2.x rules and status codes, the pending set in arrival
 * order, the nonce window of the last 1000 blocks, and expiry. It does not execute anything.
 */
package org.jbcos.txpool;
