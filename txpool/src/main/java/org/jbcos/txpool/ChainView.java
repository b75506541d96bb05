package org.jbcos.txpool;

import java.math.BigInteger;
import java.util.List;

/** What the pool needs to know of the committed chain. */
public interface ChainView {
  /** The head block number. */
  long blockNumber();

  /** The nonces ("randomid"s) of the transactions in block {@code number}. */
  List<BigInteger> nonces(long number);
}
