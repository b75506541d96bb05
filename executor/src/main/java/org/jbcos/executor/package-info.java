/**
 * Block execution: {@link org.jbcos.executor.BlockExecutor} runs transactions through the EVM over
 * {@link org.jbcos.executor.StorageWorldState} (accounts as FISCO's {@code c_<address>} tables) and
 * builds receipts. Serial for now; DAG-parallel execution arrives with the precompiled contracts.
 */
package org.jbcos.executor;
