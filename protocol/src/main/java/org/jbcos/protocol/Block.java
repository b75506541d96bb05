package org.jbcos.protocol;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpException;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.codec.rlp.RlpList;
import org.jbcos.crypto.CryptoSuite;

/**
 * A block as stored and synced: header, transactions, the block hash, the sealers' signatures and
 * the receipts, encoded as the 5-item RLP list [header, txs, hash, sigList, receipts].
 *
 * @param header the header
 * @param transactions in execution order
 * @param signatures the commit quorum's signatures over the block hash
 * @param receipts one per transaction once executed, empty before
 */
public record Block(
    BlockHeader header,
    List<Transaction> transactions,
    List<SealerSignature> signatures,
    List<TransactionReceipt> receipts) {

  public Block {
    transactions = List.copyOf(transactions);
    signatures = List.copyOf(signatures);
    receipts = List.copyOf(receipts);
    if (!receipts.isEmpty() && receipts.size() != transactions.size()) {
      throw new ProtocolException(
          "a block with "
              + transactions.size()
              + " transactions cannot have "
              + receipts.size()
              + " receipts");
    }
  }

  /** transactionsRoot of these transactions under {@code suite}. */
  public byte[] computeTransactionsRoot(CryptoSuite suite) {
    List<byte[]> hashes = new ArrayList<>(transactions.size());
    for (Transaction tx : transactions) {
      hashes.add(tx.hash(suite));
    }
    return MerkleTree.root(hashes, suite.hashFunction());
  }

  /** receiptsRoot of these receipts under {@code suite}. */
  public byte[] computeReceiptsRoot(CryptoSuite suite) {
    List<byte[]> hashes = new ArrayList<>(receipts.size());
    for (TransactionReceipt r : receipts) {
      hashes.add(r.hash(suite));
    }
    return MerkleTree.root(hashes, suite.hashFunction());
  }

  public byte[] encode(CryptoSuite suite) {
    List<byte[]> txs = new ArrayList<>(transactions.size());
    for (Transaction tx : transactions) {
      txs.add(tx.encode());
    }
    List<byte[]> sigs = new ArrayList<>(signatures.size());
    for (SealerSignature s : signatures) {
      sigs.add(Rlp.encodeList(Rlp.encodeUnsigned(s.index()), Rlp.encodeBytes(s.signature())));
    }
    List<byte[]> rcpts = new ArrayList<>(receipts.size());
    for (TransactionReceipt r : receipts) {
      rcpts.add(r.encoded());
    }
    return Rlp.encodeList(
        header.encode(),
        Rlp.encodeList(txs),
        Rlp.encodeBytes(header.hash(suite)),
        Rlp.encodeList(sigs),
        Rlp.encodeList(rcpts));
  }

  /**
   * Decodes a block and checks that the stored hash is the header's hash.
   *
   * @throws ProtocolException naming the part that is malformed
   */
  public static Block decode(byte[] encoded, CryptoSuite suite) {
    try {
      // the transactions and receipts are decoded from their own bytes: decoding the whole tree
      // and encoding each again for Transaction.decode did the work three times
      List<byte[]> parts = Rlp.listElements(encoded, "block");
      if (parts.size() != 5) {
        throw new RlpException("block must have 5 RLP items, found " + parts.size());
      }
      BlockHeader header = BlockHeader.fromRlp(Rlp.decode(parts.get(0)));
      List<Transaction> txs = new ArrayList<>();
      for (byte[] t : Rlp.listElements(parts.get(1), "block transactions")) {
        txs.add(Transaction.decode(t, suite));
      }
      byte[] hash =
          Rlp.decode(parts.get(2)).asString("block hash").asFixed("block hash", 32, false);
      if (!java.util.Arrays.equals(hash, header.hash(suite))) {
        throw new ProtocolException("block hash does not match its header");
      }
      List<SealerSignature> sigs = new ArrayList<>();
      for (RlpItem s : Rlp.decode(parts.get(3)).asList("signature list").items()) {
        RlpList pair = s.asList("signature entry").requireSize("signature entry", 2);
        sigs.add(
            new SealerSignature(
                pair.get(0).asString("signature index").asUnsigned("signature index", 32),
                pair.get(1).asString("signature").bytes()));
      }
      List<TransactionReceipt> receipts = new ArrayList<>();
      for (byte[] r : Rlp.listElements(parts.get(4), "block receipts")) {
        receipts.add(TransactionReceipt.decode(r));
      }
      return new Block(header, txs, sigs, receipts);
    } catch (RlpException e) {
      throw new ProtocolException("malformed block: " + e.getMessage(), e);
    }
  }
}
