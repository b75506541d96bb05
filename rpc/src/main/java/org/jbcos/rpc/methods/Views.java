package org.jbcos.rpc.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.JsonHex;
import org.jbcos.protocol.JsonViews;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.LogEntry;
import org.jbcos.protocol.MerkleTree;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.rpc.backend.ClientVersion;
import org.jbcos.rpc.backend.PeerInfo;

/**
 * The JSON of blocks, receipts and node facts as FISCO's {@code Rpc} writes them; keys in jsoncpp's
 * alphabetical order.
 */
public final class Views {
  static final String ZERO_ADDRESS = "0x" + "0".repeat(40);
  static final String ZERO_HASH = "0x" + "0".repeat(64);

  private Views() {}

  /** getClientVersion. */
  public static Map<String, Object> clientVersion(ClientVersion v) {
    Map<String, Object> m = new TreeMap<>();
    m.put("Build Time", v.buildTime());
    m.put("Build Type", v.buildType());
    m.put("Chain Id", v.chainId());
    m.put("FISCO-BCOS Version", v.fiscoBcosVersion());
    m.put("Git Branch", v.gitBranch());
    m.put("Git Commit Hash", v.gitCommitHash());
    m.put("Supported Version", v.supportedVersion());
    return m;
  }

  /** An entry of getPeers, or getNodeInfo. */
  public static Map<String, Object> peer(PeerInfo p) {
    Map<String, Object> m = new TreeMap<>();
    m.put("Agency", p.agency());
    m.put("IPAndPort", p.ipAndPort());
    m.put("Node", p.node());
    m.put("NodeID", p.nodeId());
    m.put("Topic", p.topics());
    return m;
  }

  /**
   * getBlockByNumber / getBlockByHash: the header with a hex number, {@code transactions} as hashes
   * or objects, and with objects also {@code signatureList}.
   */
  public static Map<String, Object> block(
      Block block, byte[] blockHash, CryptoSuite suite, boolean includeTransactions) {
    Map<String, Object> m =
        new TreeMap<>(
            JsonViews.header(
                block.header(), suite, true, includeTransactions ? block.signatures() : List.of()));
    List<Object> txs = new ArrayList<>(block.transactions().size());
    for (int i = 0; i < block.transactions().size(); i++) {
      Transaction tx = block.transactions().get(i);
      txs.add(
          includeTransactions
              ? JsonViews.transaction(tx, suite, blockHash, block.header().number(), i)
              : JsonHex.bytes(tx.hash(suite)));
    }
    m.put("transactions", txs);
    return m;
  }

  /** getBlockHeaderByNumber / ByHash: the number is a JSON integer. */
  public static Map<String, Object> header(
      Block block, CryptoSuite suite, boolean includeSignatures) {
    return new TreeMap<>(
        JsonViews.header(
            block.header(), suite, false, includeSignatures ? block.signatures() : List.of()));
  }

  /** A committed transaction's receipt (getTransactionReceipt, the 0x1000 push). */
  public static Map<String, Object> receipt(
      Block block, byte[] blockHash, int index, CryptoSuite suite) {
    Transaction tx = block.transactions().get(index);
    TransactionReceipt r = block.receipts().get(index);
    Map<String, Object> m = new TreeMap<>();
    m.put("blockHash", JsonHex.bytes(blockHash));
    m.put("blockNumber", JsonHex.quantity(block.header().number()));
    m.put("contractAddress", JsonHex.bytes(r.contractAddress()));
    m.put("from", JsonHex.bytes(tx.sender(suite)));
    m.put("gasUsed", JsonHex.quantity(r.gasUsed()));
    m.put("input", JsonHex.bytes(tx.data()));
    m.put("logs", logs(r.logs()));
    m.put("logsBloom", JsonHex.bytes(r.bloom().toBytes()));
    m.put("output", JsonHex.bytes(r.output()));
    r.remainGas().ifPresent(g -> m.put("remainGas", JsonHex.quantity(g)));
    m.put("root", JsonHex.bytes(r.stateRoot()));
    m.put("status", JsonHex.quantity(r.status()));
    m.put("statusMsg", statusMessage(r.status()));
    m.put("to", tx.to().map(JsonHex::bytes).orElse(ZERO_ADDRESS));
    m.put("transactionHash", JsonHex.bytes(tx.hash(suite)));
    m.put("transactionIndex", JsonHex.quantity(index));
    return m;
  }

  /**
   * The receipt FISCO pushes for a transaction that never made it into a block: every field zero or
   * empty except the status (TxPool::notifyReceipt).
   */
  public static Map<String, Object> failureReceipt(ReceiptStatus status) {
    Map<String, Object> m = new TreeMap<>();
    m.put("blockHash", ZERO_HASH);
    m.put("blockNumber", "0x0");
    m.put("contractAddress", ZERO_ADDRESS);
    m.put("from", ZERO_ADDRESS);
    m.put("gasUsed", "0x0");
    m.put("input", "0x");
    m.put("logs", List.of());
    m.put("logsBloom", JsonHex.bytes(LogBloom.empty().toBytes()));
    m.put("output", "0x");
    m.put("remainGas", "0x0");
    m.put("root", ZERO_HASH);
    m.put("status", status.hex());
    m.put("statusMsg", status.message());
    m.put("to", ZERO_ADDRESS);
    m.put("transactionHash", ZERO_HASH);
    m.put("transactionIndex", "0x0");
    return m;
  }

  /** A receipt's logs: {@code [{"address","data","topics"}]}. */
  public static List<Object> logs(List<LogEntry> logs) {
    List<Object> out = new ArrayList<>(logs.size());
    for (LogEntry log : logs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("address", JsonHex.bytes(log.address()));
      m.put("data", JsonHex.bytes(log.data()));
      m.put("topics", log.topics().stream().map(JsonHex::bytes).toList());
      out.add(m);
    }
    return out;
  }

  /** The Merkle proof of transaction {@code index} against the block's transactionsRoot. */
  public static List<Map<String, Object>> transactionProof(
      Block block, int index, CryptoSuite suite) {
    List<byte[]> hashes = block.transactions().stream().map(tx -> tx.hash(suite)).toList();
    return JsonViews.proof(MerkleTree.proof(hashes, index, suite.hashFunction()));
  }

  /** The Merkle proof of receipt {@code index} against the block's receiptsRoot. */
  public static List<Map<String, Object>> receiptProof(Block block, int index, CryptoSuite suite) {
    List<byte[]> hashes = block.receipts().stream().map(r -> r.hash(suite)).toList();
    return JsonViews.proof(MerkleTree.proof(hashes, index, suite.hashFunction()));
  }

  static String statusMessage(int status) {
    return ReceiptStatus.ofCode(status).message();
  }

  static List<String> nodeIds(List<byte[]> ids) {
    return ids.stream().map(Hex::encode).toList();
  }
}
