package org.jbcos.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.custom.sec.SecP256K1Curve;

/** secp256k1 in pure Java on BouncyCastle: the reference the native path must match. */
public final class BouncyCastleSecp256k1 extends Secp256k1 {
  public static final BouncyCastleSecp256k1 INSTANCE = new BouncyCastleSecp256k1();
  private static final ECDomainParameters DOMAIN = Curve.SECP256K1.domain();
  private static final BigInteger P = SecP256K1Curve.q;

  private BouncyCastleSecp256k1() {}

  @Override
  public String name() {
    return "secp256k1-bouncycastle";
  }

  @Override
  byte[] publicKeyOf(byte[] privateKey32) {
    ECPoint q =
        new FixedPointCombMultiplier()
            .multiply(DOMAIN.getG(), Bytes32.toUnsigned(privateKey32))
            .normalize();
    return uncompressed(q);
  }

  @Override
  byte[] signCompact(byte[] hash32, byte[] privateKey32) {
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(Bytes32.toUnsigned(privateKey32), DOMAIN));
    BigInteger[] rs = signer.generateSignature(hash32);
    BigInteger s = rs[1].compareTo(HALF_N) > 0 ? N.subtract(rs[1]) : rs[1];
    byte[] out = new byte[64];
    System.arraycopy(Bytes32.of(rs[0]), 0, out, 0, 32);
    System.arraycopy(Bytes32.of(s), 0, out, 32, 32);
    return out;
  }

  /** SEC 1 v2 §4.1.6 public key recovery; secp256k1 has cofactor 1, so R needs no order check. */
  @Override
  byte[] recoverOrNull(byte[] hash32, byte[] rs64, int recId) {
    BigInteger r = Bytes32.toUnsigned(Arrays.copyOfRange(rs64, 0, 32));
    BigInteger s = Bytes32.toUnsigned(Arrays.copyOfRange(rs64, 32, 64));
    if (r.compareTo(P) >= 0) {
      return null;
    }
    byte[] compressed = new byte[33];
    compressed[0] = (byte) (0x02 | (recId & 1));
    System.arraycopy(Bytes32.of(r), 0, compressed, 1, 32);
    ECPoint bigR;
    try {
      bigR = DOMAIN.getCurve().decodePoint(compressed);
    } catch (IllegalArgumentException notOnCurve) {
      return null;
    }
    BigInteger e = Bytes32.toUnsigned(hash32);
    BigInteger rInv = r.modInverse(N);
    BigInteger u1 = N.subtract(e).multiply(rInv).mod(N);
    BigInteger u2 = s.multiply(rInv).mod(N);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(DOMAIN.getG(), u1, bigR, u2).normalize();
    if (q.isInfinity()) {
      return null;
    }
    return uncompressed(q);
  }

  static byte[] uncompressed(ECPoint q) {
    byte[] encoded = q.getEncoded(false);
    return Arrays.copyOfRange(encoded, 1, 65);
  }
}
