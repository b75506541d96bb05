/**
 * Block sync and transaction gossip wired into a running group: the ledger as {@link
 * org.jbcos.sync.SyncChain}, re-execution and commit of downloaded blocks as {@link
 * org.jbcos.sync.BlockImporter}, the pool as {@link org.jbcos.sync.TransactionSink}.
 */
package org.jbcos.node.sync;
