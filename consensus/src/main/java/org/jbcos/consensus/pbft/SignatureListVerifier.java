package org.jbcos.consensus.pbft;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.SealerSignature;

/**
 * Checks a committed block's signature list: at least a quorum ({@code n - f}) of distinct sealers
 * of the given set signed the block hash. Sync uses it before importing a block.
 */
public final class SignatureListVerifier {
  private SignatureListVerifier() {}

  /** For a real block: the hash is the header's, the signatures are checked with {@code suite}. */
  public static boolean verify(
      BlockHeader header, List<SealerSignature> sigList, List<NodeId> sealers, CryptoSuite suite) {
    return verify(header.hash(suite), sigList, sealers, SuiteCrypto.checker(suite));
  }

  /**
   * True when at least {@link Quorum#of} distinct indices of {@code sealers} carry a valid
   * signature over {@code blockHash}; out-of-range indices and bad signatures do not count.
   */
  public static boolean verify(
      byte[] blockHash, List<SealerSignature> sigList, List<NodeId> sealers, SignatureCheck check) {
    if (sealers.isEmpty()) {
      return false;
    }
    BitSet valid = new BitSet(sealers.size());
    for (SealerSignature s : sigList) {
      BigInteger index = s.index();
      if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(sealers.size())) >= 0) {
        continue;
      }
      int i = index.intValueExact();
      if (!valid.get(i) && check.verify(sealers.get(i), blockHash, s.signature())) {
        valid.set(i);
      }
    }
    return valid.cardinality() >= Quorum.of(sealers.size());
  }
}
