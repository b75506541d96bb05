package org.jbcos.evm;

import java.math.BigInteger;
import java.util.function.LongFunction;

/**
 * What the block-information opcodes read.
 *
 * @param coinbase COINBASE
 * @param number NUMBER
 * @param timestamp TIMESTAMP (seconds for Ethereum tests; FISCO passes milliseconds)
 * @param gasLimit GASLIMIT
 * @param difficulty DIFFICULTY
 * @param blockHashes BLOCKHASH for numbers in [number-256, number-1]; may return {@link Word#ZERO}
 */
public record BlockContext(
    Address coinbase,
    long number,
    long timestamp,
    long gasLimit,
    BigInteger difficulty,
    LongFunction<Word> blockHashes) {}
