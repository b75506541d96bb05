/**
 * FISCO BCOS 2.9's system contracts at 0x1000…: {@link
 * org.jbcos.executor.precompiled.SystemConfigPrecompiled} (0x1000) and {@link
 * org.jbcos.executor.precompiled.ConsensusPrecompiled} (0x1003), {@link
 * org.jbcos.executor.precompiled.ParallelConfigPrecompiled} (0x1006) and {@link
 * org.jbcos.executor.precompiled.DagTransferPrecompiled} (0x5002), on the small framework of {@link
 * org.jbcos.executor.precompiled.SystemContract} (ABI dispatch by the chain's selectors, return
 * codes as one ABI word). They sit in the EVM's precompile registry next to 0x1-0x9 ({@link
 * org.jbcos.executor.precompiled.SystemContracts#register}) and write the block's tables, so their
 * writes roll back with the transaction and count in the state root. No permission checks
 * (committee, table access) yet.
 *
 * <p>Contract instances are shared by the DAG-parallel executor's worker threads: a contract keeps
 * no per-call state in fields, and everything a call writes goes through the block's tables. A
 * contract whose calls may run in parallel implements {@link
 * org.jbcos.executor.precompiled.ParallelPrecompiled}; every other one runs alone.
 */
package org.jbcos.executor.precompiled;
