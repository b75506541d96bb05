package org.jbcos.rpc.methods;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DeflaterOutputStream;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.JsonHex;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.Params;
import org.jbcos.rpc.RpcErrors;
import org.jbcos.rpc.RpcException;

/**
 * getBatchReceiptsBy…AndRange (sdk-wire.md §2.3.6): a range of a block's receipts, compressed as
 * base64(zlib(JSON)) when asked (the SDK always asks).
 */
final class BatchReceipts {
  private BatchReceipts() {}

  static Object answer(Params p, Block block, byte[] blockHash, CryptoSuite suite) {
    BigInteger from = p.quantity(2);
    String countText = p.text(3).trim();
    boolean compress = p.size() > 4 && p.bool(4);
    int size = block.receipts().size();
    if (from.compareTo(BigInteger.valueOf(size)) >= 0) {
      throw new RpcException(
          RpcErrors.BATCH_RECEIPT_RANGE,
          "the start index " + from + " is out of range: the block has " + size + " receipts");
    }
    int start = from.intValue();
    int end = size;
    if (!countText.startsWith("-")) {
      BigInteger count = Params.parseQuantity(countText);
      if (count == null) {
        throw RpcErrors.invalidParams(p.method() + ": params[3] must be a count or \"-1\"");
      }
      end = (int) Math.min(size, start + count.min(BigInteger.valueOf(size)).longValue());
    }
    Map<String, Object> info = new TreeMap<>();
    info.put("blockHash", JsonHex.bytes(blockHash));
    info.put("blockNumber", JsonHex.quantity(block.header().number()));
    info.put("receiptRoot", JsonHex.bytes(block.header().receiptsRoot()));
    info.put("receiptsCount", JsonHex.quantity(size));
    List<Object> receipts = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      Transaction tx = block.transactions().get(i);
      TransactionReceipt r = block.receipts().get(i);
      Map<String, Object> m = new TreeMap<>();
      m.put("contractAddress", JsonHex.bytes(r.contractAddress()));
      m.put("from", JsonHex.bytes(tx.sender(suite)));
      m.put("gasUsed", JsonHex.quantity(r.gasUsed()));
      m.put("logs", Views.logs(r.logs()));
      m.put("output", JsonHex.bytes(r.output()));
      m.put("status", JsonHex.quantity(r.status()));
      m.put("to", tx.to().map(JsonHex::bytes).orElse(Views.ZERO_ADDRESS));
      m.put("transactionHash", JsonHex.bytes(tx.hash(suite)));
      m.put("transactionIndex", JsonHex.quantity(i));
      receipts.add(m);
    }
    Map<String, Object> result = new TreeMap<>();
    result.put("blockInfo", info);
    result.put("transactionReceipts", receipts);
    return compress ? compress(Json.write(result)) : result;
  }

  static String compress(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
    try (DeflaterOutputStream zlib = new DeflaterOutputStream(out)) {
      zlib.write(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("in-memory compression failed", e);
    }
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }
}
