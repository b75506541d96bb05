package org.jbcos.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.SignatureListVerifier;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;

/**
 * The checks sync makes before handing a block to the importer (node-design.md §2.1, "Block
 * validation on sync"): it follows the head, names the local sealer list, and a quorum of those
 * sealers signed its hash. Roots are the importer's business.
 */
final class BlockChecker {
  private final CryptoSuite suite;

  BlockChecker(CryptoSuite suite) {
    this.suite = suite;
  }

  /** Why {@code block} cannot follow the head of {@code chain}, or empty if it can. */
  Optional<String> problem(Block block, SyncChain chain) {
    BlockHeader h = block.header();
    long expected = chain.headNumber() + 1;
    if (h.number() != expected) {
      return Optional.of("number " + h.number() + " does not follow head " + (expected - 1));
    }
    if (!Arrays.equals(h.parentHash(), chain.headHash())) {
      return Optional.of("parent hash is not the hash of block " + (expected - 1));
    }
    List<NodeId> sealers = chain.sealers();
    if (!sameSealers(h.sealerList(), sealers)) {
      return Optional.of("sealer list differs from the local one");
    }
    if (h.sealer().signum() < 0
        || h.sealer().compareTo(java.math.BigInteger.valueOf(sealers.size())) >= 0) {
      return Optional.of("sealer index " + h.sealer() + " is outside the sealer list");
    }
    if (block.transactions().size() > chain.transactionCountLimit()) {
      return Optional.of(
          block.transactions().size()
              + " transactions, more than the limit "
              + chain.transactionCountLimit());
    }
    if (!SignatureListVerifier.verify(h, block.signatures(), sealers, suite)) {
      return Optional.of("signature list has no quorum of valid sealer signatures");
    }
    return Optional.empty();
  }

  private static boolean sameSealers(List<byte[]> inHeader, List<NodeId> local) {
    if (inHeader.size() != local.size()) {
      return false;
    }
    for (int i = 0; i < local.size(); i++) {
      if (!Arrays.equals(inHeader.get(i), local.get(i).bytes())) {
        return false;
      }
    }
    return true;
  }
}
