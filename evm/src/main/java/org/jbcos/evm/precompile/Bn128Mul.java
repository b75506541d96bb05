package org.jbcos.evm.precompile;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * 0x7: an alt_bn128 G1 point times a scalar (EIP-196). Input: 96 bytes x, y, s (shorter input is
 * right-padded with zeros); s is any 256-bit number. Fails if a coordinate is ≥ p or the point is
 * off the curve.
 */
public final class Bn128Mul implements PrecompiledContract {
  private final Bn128Prices prices;

  public Bn128Mul(Bn128Prices prices) {
    this.prices = prices;
  }

  @Override
  public String name() {
    return "bn128_mul";
  }

  @Override
  public long gasRequirement(byte[] input) {
    return prices.mul();
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    byte[] in = Inputs.rightPadded(input, AltBn128.G1_SIZE + 32);
    Optional<JacobianPoint<Fp>> point = AltBn128.decodeG1(in, 0);
    if (point.isEmpty()) {
      return PrecompileResult.failure();
    }
    BigInteger scalar = new BigInteger(1, Arrays.copyOfRange(in, AltBn128.G1_SIZE, in.length));
    return PrecompileResult.success(AltBn128.encodeG1(point.get().multiply(scalar)));
  }
}
