/**
 * FISCO BCOS 2.9's system contracts at 0x1000…: SystemConfig (0x1000), Consensus (0x1003),
 * Permission (0x1005), ContractLifeCycle (0x1007) and ChainGovernance (0x1008), on the small
 * framework of {@link org.jbcos.executor.precompiled.SystemContract} (ABI dispatch by the chain's
 * selectors, return codes as one ABI word). They sit in the EVM's precompile registry next to
 * 0x1-0x9 ({@link org.jbcos.executor.precompiled.SystemContracts#register}) and write the block's
 * tables, so their writes roll back with the transaction and count in the state root.
 *
 * <p>Every table write made for a transaction asks {@link
 * org.jbcos.executor.precompiled.TableAccess#allows} first (the {@code _sys_table_access_}
 * whitelists); the governance rows of accounts ({@code frozen}, {@code authority}) are read and
 * written through {@link org.jbcos.executor.precompiled.AccountRows}.
 */
package org.jbcos.executor.precompiled;
