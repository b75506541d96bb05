package org.jbcos.evm.precompile;

import java.math.BigInteger;

/**
 * 0x5: arbitrary-precision modular exponentiation (EIP-198) with the Byzantium price. Input: three
 * 32-byte lengths (base, exponent, modulus), then the three numbers big-endian; missing bytes read
 * as zero. Output: {@code base^exp mod m} in exactly modulus-length bytes (zeros when m is 0).
 */
public final class ModExp implements PrecompiledContract {
  private static final int LENGTHS_SIZE = 96;
  private static final BigInteger GAS_QUAD_DIVISOR = BigInteger.valueOf(20);
  private static final BigInteger MAX_GAS = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger MAX_LENGTH = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger WORD = BigInteger.valueOf(32);

  @Override
  public String name() {
    return "modexp";
  }

  /** {@code multComplexity(max(len_b, len_m)) * max(adjusted_exp_len, 1) / 20}, capped. */
  @Override
  public long gasRequirement(byte[] input) {
    BigInteger baseLength = Inputs.unsigned(input, 0, 32);
    BigInteger expLength = Inputs.unsigned(input, 32, 32);
    BigInteger modLength = Inputs.unsigned(input, 64, 32);
    BigInteger gas =
        multiplicationComplexity(baseLength.max(modLength))
            .multiply(adjustedExponentLength(input, baseLength, expLength).max(BigInteger.ONE))
            .divide(GAS_QUAD_DIVISOR);
    return gas.compareTo(MAX_GAS) > 0 ? Long.MAX_VALUE : gas.longValueExact();
  }

  static BigInteger multiplicationComplexity(BigInteger x) {
    BigInteger square = x.multiply(x);
    if (x.compareTo(BigInteger.valueOf(64)) <= 0) {
      return square;
    }
    if (x.compareTo(BigInteger.valueOf(1024)) <= 0) {
      return square
          .shiftRight(2)
          .add(x.multiply(BigInteger.valueOf(96)))
          .subtract(BigInteger.valueOf(3072));
    }
    return square
        .shiftRight(4)
        .add(x.multiply(BigInteger.valueOf(480)))
        .subtract(BigInteger.valueOf(199680));
  }

  /**
   * The index of the exponent's highest set bit, counting 8 bits for each byte past the first 32
   * (only those first 32 are looked at, so a huge exponent costs nothing to price).
   */
  static BigInteger adjustedExponentLength(
      byte[] input, BigInteger baseLength, BigInteger expLength) {
    BigInteger head = BigInteger.ZERO;
    if (baseLength.compareTo(BigInteger.valueOf(input.length)) < 0) {
      int headLength = expLength.min(WORD).intValue();
      head = Inputs.unsigned(input, LENGTHS_SIZE + baseLength.longValue(), headLength);
    }
    BigInteger highestBit = BigInteger.valueOf(Math.max(head.bitLength() - 1, 0));
    if (expLength.compareTo(WORD) <= 0) {
      return highestBit;
    }
    return expLength.subtract(WORD).shiftLeft(3).add(highestBit);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    BigInteger baseLength = Inputs.unsigned(input, 0, 32);
    BigInteger expLength = Inputs.unsigned(input, 32, 32);
    BigInteger modLength = Inputs.unsigned(input, 64, 32);
    if (baseLength.signum() == 0 && modLength.signum() == 0) {
      return PrecompileResult.success(new byte[0]);
    }
    if (baseLength.compareTo(MAX_LENGTH) > 0
        || expLength.compareTo(MAX_LENGTH) > 0
        || modLength.compareTo(MAX_LENGTH) > 0) {
      // Only reachable when the (astronomical) gas requirement was not charged.
      return PrecompileResult.failure();
    }
    int baseLen = baseLength.intValue();
    int expLen = expLength.intValue();
    int modLen = modLength.intValue();
    long offset = LENGTHS_SIZE;
    BigInteger base = Inputs.unsigned(input, offset, baseLen);
    offset += baseLen;
    BigInteger exponent = Inputs.unsigned(input, offset, expLen);
    offset += expLen;
    BigInteger modulus = Inputs.unsigned(input, offset, modLen);
    byte[] out = new byte[modLen];
    if (modulus.signum() != 0) {
      byte[] result = base.modPow(exponent, modulus).toByteArray();
      int copy = Math.min(result.length, modLen);
      System.arraycopy(result, result.length - copy, out, modLen - copy, copy);
    }
    return PrecompileResult.success(out);
  }
}
