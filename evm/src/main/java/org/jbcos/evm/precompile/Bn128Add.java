package org.jbcos.evm.precompile;

import java.util.Optional;

/**
 * 0x6: the sum of two alt_bn128 G1 points (EIP-196). Input: 128 bytes x1, y1, x2, y2 (shorter input
 * is right-padded with zeros). Fails if a coordinate is ≥ p or a point is off the curve.
 */
public final class Bn128Add implements PrecompiledContract {
  private final Bn128Prices prices;

  public Bn128Add(Bn128Prices prices) {
    this.prices = prices;
  }

  @Override
  public String name() {
    return "bn128_add";
  }

  @Override
  public long gasRequirement(byte[] input) {
    return prices.add();
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    byte[] in = Inputs.rightPadded(input, 2 * AltBn128.G1_SIZE);
    Optional<JacobianPoint<Fp>> a = AltBn128.decodeG1(in, 0);
    Optional<JacobianPoint<Fp>> b = AltBn128.decodeG1(in, AltBn128.G1_SIZE);
    if (a.isEmpty() || b.isEmpty()) {
      return PrecompileResult.failure();
    }
    return PrecompileResult.success(AltBn128.encodeG1(a.get().add(b.get())));
  }
}
