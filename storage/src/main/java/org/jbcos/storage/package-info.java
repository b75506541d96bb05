/**
 * FISCO BCOS 2.x's table model. {@link org.jbcos.storage.TableStorage} is the backend SPI (RocksDB,
 * MariaDB, in-memory, each in its own package; a read cache decorates any of them). {@link
 * org.jbcos.storage.BlockTableFactory} is the per-block memory layer: tables whose reads see the
 * block's own writes, savepoints and rollback, the 2.9 state root, and one atomic commit.
 *
 * <p>Nothing here knows about transactions, accounts or the EVM; the executor maps those onto
 * tables.
 */
package org.jbcos.storage;
