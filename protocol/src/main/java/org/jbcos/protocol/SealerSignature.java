package org.jbcos.protocol;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * One entry of a block's signature list: the sealer's index in the header's sealer list and its
 * signature over the block hash (ECDSA 65 bytes r‖s‖v, SM2 128 bytes r‖s‖pub).
 *
 * @param index position of the sealer in {@link BlockHeader#sealerList()}
 * @param signature the signature bytes
 */
public record SealerSignature(BigInteger index, byte[] signature) {
  public SealerSignature {
    signature = signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealerSignature other
        && index.equals(other.index)
        && Arrays.equals(signature, other.signature);
  }

  @Override
  public int hashCode() {
    return index.hashCode() * 31 + Arrays.hashCode(signature);
  }
}
