package org.jbcos.evm;

import java.math.BigInteger;

/**
 * What ORIGIN and GASPRICE read: fixed for the whole transaction.
 *
 * @param origin the transaction's sender
 * @param gasPrice the transaction's gas price
 */
public record TxContext(Address origin, BigInteger gasPrice) {}
