/**
 * The RocksDB backend, the embedded default: one WriteBatch per block with the WAL on. Nothing
 * outside this package touches RocksDB.
 */
package org.jbcos.storage.rocksdb;
