/**
 * {@code jbcos evm}: running bytecode, and the Ethereum GeneralStateTests harness ({@link
 * org.jbcos.tools.evm.StateTestLoader} reads the fixtures, {@link
 * org.jbcos.tools.evm.StateTestRunner} runs them and compares Merkle-Patricia state roots computed
 * by {@link org.jbcos.tools.evm.StateRoot}).
 */
package org.jbcos.tools.evm;
