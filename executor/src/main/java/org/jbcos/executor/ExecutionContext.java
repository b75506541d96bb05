package org.jbcos.executor;

import org.jbcos.crypto.CryptoSuite;
import org.jbcos.evm.Address;

/**
 * What a block's execution depends on besides its transactions.
 *
 * @param suite the chain's crypto suite (transaction hashes, senders, the EVM's hash)
 * @param number the block number
 * @param timestamp the block timestamp in milliseconds (FISCO's TIMESTAMP opcode reads this)
 * @param sealer the sealer's address, read by COINBASE
 * @param txGasLimit {@code tx_gas_limit} from the system config: every transaction's gas budget
 */
public record ExecutionContext(
    CryptoSuite suite, long number, long timestamp, Address sealer, long txGasLimit) {}
