package org.jbcos.sync;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.SealerSignature;

/** Tiny chains whose blocks four real sealer keys signed, so that signature checks pass. */
final class TestChains {
  static final CryptoSuite SUITE = CryptoSuite.ecdsa();
  static final List<KeyPair> SEALER_KEYS = keys(4, 700);
  static final List<NodeId> SEALERS =
      SEALER_KEYS.stream().map(k -> new NodeId(k.publicKey())).toList();

  /** The honest chain: genesis and 130 blocks, built once. */
  static final List<Block> HONEST = build("group1", 130);

  private TestChains() {}

  static List<KeyPair> keys(int n, int seed) {
    List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(SUITE.signatureAlgorithm().keyPairOf(BigInteger.valueOf(seed + i)));
    }
    return keys;
  }

  static org.jbcos.network.NodeId networkId(KeyPair key) {
    return org.jbcos.network.NodeId.of(key.publicKey());
  }

  /** A genesis block named {@code mark} and {@code length} blocks on top. */
  static List<Block> build(String mark, int length) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block(header(new byte[32], 0, mark.getBytes(), 0), List.of(), List.of(), List.of()));
    for (int n = 1; n <= length; n++) {
      byte[] parent = blocks.get(n - 1).header().hash(SUITE);
      blocks.add(signed(header(parent, n, new byte[0], n), 3));
    }
    return List.copyOf(blocks);
  }

  static BlockHeader header(byte[] parentHash, long number, byte[] extra, long salt) {
    return new BlockHeader(
        parentHash,
        new byte[32],
        new byte[32],
        new byte[32],
        new byte[32],
        LogBloom.empty(),
        number,
        BigInteger.ZERO,
        BigInteger.ZERO,
        1_700_000_000_000L + salt,
        extra.length == 0 ? List.of() : List.of(extra),
        BigInteger.valueOf(number % 4),
        SEALERS.stream().map(NodeId::bytes).toList());
  }

  /** A block signed by the first {@code signers} sealers. */
  static Block signed(BlockHeader header, int signers) {
    byte[] hash = header.hash(SUITE);
    List<SealerSignature> sigs = new ArrayList<>();
    for (int i = 0; i < signers; i++) {
      sigs.add(
          new SealerSignature(
              BigInteger.valueOf(i), SUITE.sign(hash, SEALER_KEYS.get(i)).toBytes()));
    }
    return new Block(header, List.of(), sigs, List.of());
  }

  /** The same blocks with only two signatures: no quorum of four. */
  static List<Block> withoutQuorum(List<Block> chain) {
    List<Block> out = new ArrayList<>();
    out.add(chain.get(0));
    for (Block b : chain.subList(1, chain.size())) {
      out.add(new Block(b.header(), List.of(), b.signatures().subList(0, 2), List.of()));
    }
    return out;
  }

  /** Fully signed blocks whose parent hashes point nowhere. */
  static List<Block> withWrongParents(List<Block> chain) {
    List<Block> out = new ArrayList<>();
    out.add(chain.get(0));
    for (Block b : chain.subList(1, chain.size())) {
      BlockHeader h = b.header();
      byte[] bogus = new byte[32];
      bogus[0] = (byte) 0xee;
      bogus[31] = (byte) h.number();
      out.add(signed(header(bogus, h.number(), new byte[0], h.number()), 4));
    }
    return out;
  }
}
