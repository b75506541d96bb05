package org.jbcos.evm.precompile;

import org.jbcos.evm.Address;

/** The registries of Ethereum precompiled contracts for the forks JBCOS runs. */
public final class StandardPrecompiles {
  private StandardPrecompiles() {}

  /**
   * Ethereum at Petersburg (ConstantinopleFix): 0x1-0x8 with Byzantium alt_bn128 prices. There is
   * no blake2f: a call to 0x9 is a call to an empty account.
   */
  public static PrecompileRegistry petersburg() {
    return withoutBlake2f(new PrecompileRegistry(), Bn128Prices.BYZANTIUM);
  }

  /** FISCO BCOS 2.x: 0x1-0x9, with Istanbul alt_bn128 prices. */
  public static PrecompileRegistry fisco() {
    return withoutBlake2f(new PrecompileRegistry(), Bn128Prices.ISTANBUL)
        .register(Address.ofLong(9), new Blake2bF());
  }

  private static PrecompileRegistry withoutBlake2f(
      PrecompileRegistry registry, Bn128Prices bn128Prices) {
    return registry
        .register(Address.ofLong(1), new EcRecover())
        .register(Address.ofLong(2), new Sha256())
        .register(Address.ofLong(3), new Ripemd160())
        .register(Address.ofLong(4), new Identity())
        .register(Address.ofLong(5), new ModExp())
        .register(Address.ofLong(6), new Bn128Add(bn128Prices))
        .register(Address.ofLong(7), new Bn128Mul(bn128Prices))
        .register(Address.ofLong(8), new Bn128Pairing(bn128Prices));
  }
}
