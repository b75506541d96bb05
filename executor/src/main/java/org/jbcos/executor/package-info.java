/**
 * Block execution: {@link org.jbcos.executor.BlockExecutor} runs transactions through the EVM over
 * {@link org.jbcos.executor.StorageWorldState} (accounts as FISCO's {@code c_<address>} tables) and
 * builds receipts, DAG-parallel where conflict keys allow ({@code parallel}). FISCO's system
 * contracts (0x1000…) are in {@code precompiled}.
 */
package org.jbcos.executor;
