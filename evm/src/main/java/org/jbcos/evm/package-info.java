/**
 * The EVM with FISCO BCOS 2.x's rules (Petersburg): {@link org.jbcos.evm.Evm} runs messages over a
 * {@link org.jbcos.evm.worldstate.WorldState}; {@link org.jbcos.evm.TransactionProcessor} runs
 * whole transactions. Knows nothing about tables or blocks beyond {@link
 * org.jbcos.evm.BlockContext}.
 */
package org.jbcos.evm;
