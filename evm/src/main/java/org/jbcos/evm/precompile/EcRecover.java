package org.jbcos.evm.precompile;

import java.math.BigInteger;
import java.util.Arrays;
import org.jbcos.crypto.Bytes32;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.Curve;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Secp256k1;
import org.jbcos.crypto.Signature;

/**
 * 0x1: the address that signed a hash. Input (padded or cut to 128 bytes): hash, v, r, s as 32-byte
 * words, v being 27 or 28. Output: the address left-padded to 32 bytes, or no output at all when
 * the signature is malformed or recovers to no key (the call itself still succeeds). 3000 gas.
 */
public final class EcRecover implements PrecompiledContract {
  private static final BigInteger N = Curve.SECP256K1.domain().getN();
  private static final BigInteger HALF_N = N.shiftRight(1);
  private static final byte[] NO_OUTPUT = new byte[0];

  private final Secp256k1 secp256k1;

  public EcRecover() {
    this(Secp256k1.best());
  }

  public EcRecover(Secp256k1 secp256k1) {
    this.secp256k1 = secp256k1;
  }

  @Override
  public String name() {
    return "ecrecover";
  }

  @Override
  public long gasRequirement(byte[] input) {
    return 3000;
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    byte[] in = Inputs.rightPadded(input, 128);
    byte[] hash = Arrays.copyOfRange(in, 0, 32);
    BigInteger v = new BigInteger(1, Arrays.copyOfRange(in, 32, 64));
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(in, 64, 96));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(in, 96, 128));
    if (!v.equals(BigInteger.valueOf(27)) && !v.equals(BigInteger.valueOf(28))) {
      return PrecompileResult.success(NO_OUTPUT);
    }
    if (!inSignatureRange(r) || !inSignatureRange(s)) {
      return PrecompileResult.success(NO_OUTPUT);
    }
    int recoveryId = v.intValue() - 27;
    // Unlike transactions, ecrecover accepts a high s. (r, n - s) with the other recovery id
    // recovers the same key, since it names the point -R and (n - s)(-R) = sR; so normalize to
    // the low-s form that the signature library accepts.
    if (s.compareTo(HALF_N) > 0) {
      s = N.subtract(s);
      recoveryId ^= 1;
    }
    byte[] publicKey;
    try {
      publicKey =
          secp256k1.recoverPublicKey(
              hash, Signature.ecdsa(Bytes32.of(r), Bytes32.of(s), recoveryId));
    } catch (CryptoException noKey) {
      return PrecompileResult.success(NO_OUTPUT);
    }
    byte[] out = Keccak256.INSTANCE.hash(publicKey);
    Arrays.fill(out, 0, 12, (byte) 0);
    return PrecompileResult.success(out);
  }

  private static boolean inSignatureRange(BigInteger value) {
    return value.signum() > 0 && value.compareTo(N) < 0;
  }
}
