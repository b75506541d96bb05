package org.jbcos.evm;

import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileRegistry;

/**
 * What makes one EVM differ from another: the gas schedule, the hash behind SHA3 and contract
 * addresses (Keccak-256, or SM3 on SM chains), and the precompiled contracts.
 *
 * @param gas the gas schedule
 * @param hash SHA3/KECCAK256 opcode, code hashes and CREATE/CREATE2 addresses
 * @param precompiles contracts at fixed addresses
 */
public record EvmConfig(GasSchedule gas, HashFunction hash, PrecompileRegistry precompiles) {}
