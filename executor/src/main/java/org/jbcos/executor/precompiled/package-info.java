/**
 * FISCO BCOS 2.9's system contracts at 0x1000…: SystemConfig (0x1000), TableFactory (0x1001), CRUD
 * (0x1002), Consensus (0x1003), CNS (0x1004) and KVTableFactory (0x1010), on the small framework of
 * {@link org.jbcos.executor.precompiled.SystemContract} (ABI dispatch by the chain's selectors,
 * return codes as one ABI word). They sit in the EVM's precompile registry next to 0x1-0x9 ({@link
 * org.jbcos.executor.precompiled.SystemContracts#register}) and write the block's tables, so their
 * writes roll back with the transaction and count in the state root.
 *
 * <p>Table.sol's Table, Entry, Entries, Condition and KVTable objects are {@code TemporaryObject}s
 * of an {@code ObjectKind}, placed in the transaction's {@link
 * org.jbcos.evm.precompile.TemporaryContracts}; they hold no state beyond the transaction. Every
 * table write made for a caller goes through {@code TableWrites}, where the table-access check
 * belongs; no permission checks (committee, table access) yet.
 */
package org.jbcos.executor.precompiled;
