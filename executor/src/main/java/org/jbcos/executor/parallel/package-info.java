/**
 * DAG-parallel execution of a block, FISCO 2.9 style: {@link
 * org.jbcos.executor.parallel.ConflictKeys} gives each transaction its conflict keys (or none: it
 * must run alone), {@link org.jbcos.executor.parallel.TxDag} orders the transactions that share a
 * key in block order, and {@link org.jbcos.executor.parallel.DagRunner} runs the DAG on a pool of
 * worker threads. Nothing here touches tables except to read conflict keys at the block's start.
 */
package org.jbcos.executor.parallel;
