package org.jbcos.evm.precompile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 0x8: the alt_bn128 pairing check (EIP-197). Input: k pairs of a G1 point (64 bytes) and a G2
 * point (128 bytes). Output: the 32-byte word 1 if e(P_1, Q_1)·…·e(P_k, Q_k) = 1 (so also for no
 * pairs), else 0. Fails if the length is not a multiple of 192 or a point is invalid, including a
 * G2 point outside the order-r subgroup.
 */
public final class Bn128Pairing implements PrecompiledContract {
  private static final int PAIR_SIZE = AltBn128.G1_SIZE + AltBn128.G2_SIZE;

  private final Bn128Prices prices;

  public Bn128Pairing(Bn128Prices prices) {
    this.prices = prices;
  }

  @Override
  public String name() {
    return "bn128_pairing";
  }

  @Override
  public long gasRequirement(byte[] input) {
    return prices.pairing(input.length / PAIR_SIZE);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    if (input.length % PAIR_SIZE != 0) {
      return PrecompileResult.failure();
    }
    List<AffinePoint<Fp>> ps = new ArrayList<>();
    List<AffinePoint<Fp2>> qs = new ArrayList<>();
    for (int offset = 0; offset < input.length; offset += PAIR_SIZE) {
      Optional<JacobianPoint<Fp>> p = AltBn128.decodeG1(input, offset);
      Optional<JacobianPoint<Fp2>> q = AltBn128.decodeG2(input, offset + AltBn128.G1_SIZE);
      if (p.isEmpty() || q.isEmpty()) {
        return PrecompileResult.failure();
      }
      // e(O, Q) = e(P, O) = 1 contributes nothing to the product.
      if (!p.get().isInfinity() && !q.get().isInfinity()) {
        ps.add(p.get().toAffine());
        qs.add(q.get().toAffine());
      }
    }
    byte[] out = new byte[32];
    if (ps.isEmpty() || OptimalAtePairing.isProductOne(ps, qs)) {
      out[31] = 1;
    }
    return PrecompileResult.success(out);
  }
}
