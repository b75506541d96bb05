/**
 * A group's ledger: genesis, atomic block commits into the 2.9 system tables, and lookups of
 * blocks, transactions and receipts with Merkle proofs. Execution and consensus are elsewhere.
 */
package org.jbcos.ledger;
