package org.jbcos.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Signature;

/**
 * The JSON objects FISCO's RPC returns for protocol types, as ordered maps of strings, lists and
 * numbers (sdk-wire.md §2.3). Keys follow jsoncpp's alphabetical order.
 */
public final class JsonViews {
  private static final String ZERO_ADDRESS = "0x" + "0".repeat(40);

  private JsonViews() {}

  /** A transaction as in getTransactionByHash, without the block position fields. */
  public static Map<String, Object> transaction(Transaction tx, CryptoSuite suite) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blockLimit", JsonHex.quantity(tx.blockLimit()));
    m.put("chainId", JsonHex.quantity(tx.chainId()));
    m.put("extraData", JsonHex.bytes(tx.extraData()));
    m.put("from", JsonHex.bytes(tx.sender(suite)));
    m.put("gas", JsonHex.quantity(tx.gas()));
    m.put("gasPrice", JsonHex.quantity(tx.gasPrice()));
    m.put("groupId", JsonHex.quantity(tx.groupId()));
    m.put("hash", JsonHex.bytes(tx.hash(suite)));
    m.put("input", JsonHex.bytes(tx.data()));
    m.put("nonce", JsonHex.quantity(tx.nonce()));
    m.put("signature", signature(tx.signature()));
    m.put("to", tx.to().map(JsonHex::bytes).orElse(ZERO_ADDRESS));
    m.put("value", JsonHex.quantity(tx.value()));
    return m;
  }

  /** A transaction at a position in a block, as getTransactionByHash returns it. */
  public static Map<String, Object> transaction(
      Transaction tx, CryptoSuite suite, byte[] blockHash, long blockNumber, int index) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blockHash", JsonHex.bytes(blockHash));
    m.put("blockNumber", JsonHex.quantity(blockNumber));
    m.putAll(transaction(tx, suite));
    m.put("transactionIndex", JsonHex.quantity(index));
    return new java.util.TreeMap<>(m);
  }

  public static Map<String, Object> signature(Signature s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("r", JsonHex.bytes(s.r()));
    m.put("s", JsonHex.bytes(s.s()));
    m.put("signature", JsonHex.bytes(s.toBytes()));
    m.put("v", s.isSm2() ? JsonHex.bytes(s.publicKey()) : "0x" + s.v());
    return m;
  }

  /**
   * A block header as getBlockHeaderByNumber returns it ({@code hexNumber} false: number is a JSON
   * integer) or as the header part of getBlockByNumber ({@code hexNumber} true).
   */
  public static Map<String, Object> header(
      BlockHeader h, CryptoSuite suite, boolean hexNumber, List<SealerSignature> signatures) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dbHash", JsonHex.bytes(h.dbHash()));
    List<String> extra = new ArrayList<>();
    h.extraData().forEach(e -> extra.add(JsonHex.bytes(e)));
    m.put("extraData", extra);
    m.put("gasLimit", JsonHex.quantity(h.gasLimit()));
    m.put("gasUsed", JsonHex.quantity(h.gasUsed()));
    m.put("hash", JsonHex.bytes(h.hash(suite)));
    m.put("logsBloom", JsonHex.bytes(h.logBloom().toBytes()));
    m.put("number", hexNumber ? JsonHex.quantity(h.number()) : (Object) h.number());
    m.put("parentHash", JsonHex.bytes(h.parentHash()));
    m.put("receiptsRoot", JsonHex.bytes(h.receiptsRoot()));
    m.put("sealer", JsonHex.quantity(h.sealer()));
    List<String> sealers = new ArrayList<>();
    h.sealerList().forEach(s -> sealers.add(Hex.encode(s)));
    m.put("sealerList", sealers);
    if (!signatures.isEmpty()) {
      List<Map<String, Object>> sigs = new ArrayList<>();
      for (SealerSignature s : signatures) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("index", JsonHex.quantity(s.index()));
        e.put("signature", JsonHex.bytes(s.signature()));
        sigs.add(e);
      }
      m.put("signatureList", sigs);
    }
    m.put("stateRoot", JsonHex.bytes(h.stateRoot()));
    m.put("timestamp", JsonHex.quantity(h.timestamp()));
    m.put("transactionsRoot", JsonHex.bytes(h.transactionsRoot()));
    return m;
  }

  /** A Merkle proof as in getTransactionByHashWithProof: items are hex without 0x. */
  public static List<Map<String, Object>> proof(List<MerkleTree.ProofLevel> proof) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (MerkleTree.ProofLevel level : proof) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("left", level.left().stream().map(Hex::encode).toList());
      m.put("right", level.right().stream().map(Hex::encode).toList());
      out.add(m);
    }
    return out;
  }
}
