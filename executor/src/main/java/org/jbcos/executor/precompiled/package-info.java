/**
 * FISCO BCOS 2.9's system contracts at 0x1000…: SystemConfig (0x1000), TableFactory (0x1001), CRUD
 * (0x1002), Consensus (0x1003), CNS (0x1004), Permission (0x1005), ContractLifeCycle (0x1007),
 * ChainGovernance (0x1008), KVTableFactory (0x1010), ParallelConfig (0x1006) and DagTransfer
 * (0x5002), on the small framework of {@link org.jbcos.executor.precompiled.SystemContract} (ABI
 * dispatch by the chain's selectors, return codes as one ABI word). They sit in the EVM's
 * precompile registry next to 0x1-0x9 ({@link
 * org.jbcos.executor.precompiled.SystemContracts#register}) and write the block's tables, so their
 * writes roll back with the transaction and count in the state root.
 *
 * <p>Table.sol's Table, Entry, Entries, Condition and KVTable objects are {@code TemporaryObject}s
 * of an {@code ObjectKind}, placed in the transaction's {@link
 * org.jbcos.evm.precompile.TemporaryContracts}; they hold no state beyond the transaction. Every
 * table write made for a transaction asks {@link org.jbcos.executor.precompiled.TableAccess#allows}
 * first (the {@code _sys_table_access_} whitelists; user-table writes through {@code TableWrites});
 * the governance rows of accounts ({@code frozen}, {@code authority}) are read and written through
 * {@link org.jbcos.executor.precompiled.AccountRows}.
 *
 * <p>Every call is priced as in 2.9: the contract records its table operations and memory in the
 * call's {@link org.jbcos.executor.precompiled.PrecompiledGas}, priced by the group's {@link
 * org.jbcos.executor.precompiled.GasMetrics}; the EVM charges the total after the call.
 *
 * <p>Contract instances are shared by the DAG-parallel executor's worker threads: a contract keeps
 * no per-call state in fields, and everything a call writes goes through the block's tables. A
 * contract whose calls may run in parallel implements {@link
 * org.jbcos.executor.precompiled.ParallelPrecompiled}; every other one runs alone.
 */
package org.jbcos.executor.precompiled;
