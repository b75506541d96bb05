package org.jbcos.evm.precompile;

/**
 * The gas prices of the alt_bn128 precompiles: Byzantium's (EIP-196/197) or Istanbul's (EIP-1108).
 */
public enum Bn128Prices {
  /** The Ethereum prices up to Petersburg (ConstantinopleFix), as the state tests expect. */
  BYZANTIUM(500, 40_000, 100_000, 80_000),
  /** The reduced prices of EIP-1108, which FISCO BCOS 2.x charges. */
  ISTANBUL(150, 6_000, 45_000, 34_000);

  private final long add;
  private final long mul;
  private final long pairingBase;
  private final long pairingPerPair;

  Bn128Prices(long add, long mul, long pairingBase, long pairingPerPair) {
    this.add = add;
    this.mul = mul;
    this.pairingBase = pairingBase;
    this.pairingPerPair = pairingPerPair;
  }

  public long add() {
    return add;
  }

  public long mul() {
    return mul;
  }

  public long pairing(long pairs) {
    return pairingBase + pairingPerPair * pairs;
  }
}
