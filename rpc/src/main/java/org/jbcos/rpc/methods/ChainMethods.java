package org.jbcos.rpc.methods;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.JsonHex;
import org.jbcos.protocol.JsonViews;
import org.jbcos.rpc.MethodCatalogue;
import org.jbcos.rpc.Params;
import org.jbcos.rpc.RpcErrors;
import org.jbcos.rpc.backend.ChainQueries;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.TransactionCount;
import org.jbcos.rpc.backend.TransactionLocation;

/** Ledger reads: blocks, headers, transactions, receipts, proofs, code, totals, system config. */
final class ChainMethods {
  /** The keys getSystemConfigByKey answers (node librpc/Rpc.h c_supportedSystemConfigKeys). */
  static final Set<String> SYSTEM_CONFIG_KEYS =
      Set.of(
          "tx_count_limit",
          "tx_gas_limit",
          "rpbft_epoch_block_num",
          "rpbft_epoch_sealer_num",
          "consensus_timeout",
          "enable_charge_mgr");

  private ChainMethods() {}

  static void register(MethodCatalogue.Builder b) {
    b.group("getBlockNumber", (p, g, c) -> JsonHex.quantity(g.chain().blockNumber()));
    b.group(
        "getBlockByHash",
        (p, g, c) -> {
          p.requireAtLeast(3, "[groupId, blockHash, includeTransactions]");
          byte[] hash = p.hash(1);
          Block block = g.chain().blockByHash(hash).orElseThrow(RpcErrors::blockHashNotExist);
          return Views.block(block, hash, g.cryptoSuite(), p.bool(2));
        });
    b.group(
        "getBlockByNumber",
        (p, g, c) -> {
          p.requireAtLeast(3, "[groupId, blockNumber, includeTransactions]");
          Block block = blockByNumber(p, g);
          return Views.block(block, hashOf(block, g), g.cryptoSuite(), p.bool(2));
        });
    b.group(
        "getBlockHeaderByHash",
        (p, g, c) -> {
          p.requireAtLeast(3, "[groupId, blockHash, includeSignatures]");
          Block block = g.chain().blockByHash(p.hash(1)).orElseThrow(RpcErrors::blockHashNotExist);
          return Views.header(block, g.cryptoSuite(), p.bool(2));
        });
    b.group(
        "getBlockHeaderByNumber",
        (p, g, c) -> {
          p.requireAtLeast(3, "[groupId, blockNumber, includeSignatures]");
          return Views.header(blockByNumber(p, g), g.cryptoSuite(), p.bool(2));
        });
    b.group(
        "getBlockHashByNumber",
        (p, g, c) -> {
          p.requireAtLeast(2, "[groupId, blockNumber]");
          long n = p.blockNumber(1, g.chain().blockNumber());
          return JsonHex.bytes(g.chain().blockHash(n).orElseThrow(RpcErrors::blockNumberNotExist));
        });
    b.group(
        "getTransactionByHash",
        (p, g, c) -> {
          p.requireAtLeast(2, "[groupId, transactionHash]");
          return located(g, p.hash(1)).map(l -> transaction(l, g)).orElse(null);
        });
    b.group(
        "getTransactionByBlockHashAndIndex",
        (p, g, c) -> {
          p.requireAtLeast(3, "[groupId, blockHash, transactionIndex]");
          byte[] hash = p.hash(1);
          Block block = g.chain().blockByHash(hash).orElseThrow(RpcErrors::blockHashNotExist);
          return transaction(new Located(block, hash, checkIndex(block, p.index(2))), g);
        });
    b.group(
        "getTransactionByBlockNumberAndIndex",
        (p, g, c) -> {
          p.requireAtLeast(3, "[groupId, blockNumber, transactionIndex]");
          Block block = blockByNumber(p, g);
          return transaction(
              new Located(block, hashOf(block, g), checkIndex(block, p.index(2))), g);
        });
    b.group(
        "getTransactionReceipt",
        (p, g, c) -> {
          p.requireAtLeast(2, "[groupId, transactionHash]");
          return located(g, p.hash(1))
              .filter(Located::hasReceipt)
              .map(l -> receipt(l, g))
              .orElse(null);
        });
    b.group(
        "getTransactionByHashWithProof",
        (p, g, c) -> {
          p.requireAtLeast(2, "[groupId, transactionHash]");
          return located(g, p.hash(1))
              .map(
                  l -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("transaction", transaction(l, g));
                    m.put("txProof", Views.transactionProof(l.block(), l.index(), g.cryptoSuite()));
                    return m;
                  })
              .orElse(null);
        });
    b.group(
        "getTransactionReceiptByHashWithProof",
        (p, g, c) -> {
          p.requireAtLeast(2, "[groupId, transactionHash]");
          return located(g, p.hash(1))
              .filter(Located::hasReceipt)
              .map(
                  l -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put(
                        "receiptProof", Views.receiptProof(l.block(), l.index(), g.cryptoSuite()));
                    m.put("transactionReceipt", receipt(l, g));
                    return m;
                  })
              .orElse(null);
        });
    b.group(
        "getBatchReceiptsByBlockNumberAndRange",
        (p, g, c) -> {
          p.requireAtLeast(4, "[groupId, blockNumber, from, count, compress]");
          Block block = blockByNumber(p, g);
          return BatchReceipts.answer(p, block, hashOf(block, g), g.cryptoSuite());
        });
    b.group(
        "getBatchReceiptsByBlockHashAndRange",
        (p, g, c) -> {
          p.requireAtLeast(4, "[groupId, blockHash, from, count, compress]");
          byte[] hash = p.hash(1);
          Block block = g.chain().blockByHash(hash).orElseThrow(RpcErrors::blockHashNotExist);
          return BatchReceipts.answer(p, block, hash, g.cryptoSuite());
        });
    b.group(
        "getCode",
        (p, g, c) -> {
          p.requireAtLeast(2, "[groupId, address]");
          return JsonHex.bytes(g.chain().code(p.address(1)));
        });
    b.group(
        "getTotalTransactionCount",
        (p, g, c) -> {
          TransactionCount count = g.chain().transactionCount();
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("blockNumber", JsonHex.quantity(count.blockNumber()));
          m.put("failedTxSum", JsonHex.quantity(count.failedTxSum()));
          m.put("txSum", JsonHex.quantity(count.txSum()));
          return m;
        });
    b.group(
        "getSystemConfigByKey",
        (p, g, c) -> {
          p.requireAtLeast(2, "[groupId, key]");
          String key = p.text(1);
          if (!SYSTEM_CONFIG_KEYS.contains(key)) {
            throw RpcErrors.invalidSystemConfig();
          }
          return g.chain().systemConfig(key).orElse("");
        });
    b.group("getSealerList", (p, g, c) -> Views.nodeIds(g.chain().sealers()));
    b.group("getObserverList", (p, g, c) -> Views.nodeIds(g.chain().observers()));
  }

  /** A transaction's block (with receipts), the block hash and the index. */
  record Located(Block block, byte[] blockHash, int index) {
    boolean hasReceipt() {
      return block.receipts().size() > index;
    }
  }

  static Optional<Located> located(GroupBackend g, byte[] txHash) {
    ChainQueries chain = g.chain();
    Optional<TransactionLocation> location = chain.locateTransaction(txHash);
    if (location.isEmpty()) {
      return Optional.empty();
    }
    TransactionLocation l = location.get();
    return chain
        .blockByNumber(l.blockNumber())
        .filter(b -> l.index() < b.transactions().size())
        .map(b -> new Located(b, hashOf(b, g), l.index()));
  }

  static Block blockByNumber(Params p, GroupBackend g) {
    long n = p.blockNumber(1, g.chain().blockNumber());
    return g.chain().blockByNumber(n).orElseThrow(RpcErrors::blockNumberNotExist);
  }

  static byte[] hashOf(Block block, GroupBackend g) {
    return block.header().hash(g.cryptoSuite());
  }

  private static int checkIndex(Block block, int index) {
    if (index >= block.transactions().size()) {
      throw RpcErrors.transactionIndexOutOfRange();
    }
    return index;
  }

  private static Map<String, Object> transaction(Located l, GroupBackend g) {
    CryptoSuite suite = g.cryptoSuite();
    return JsonViews.transaction(
        l.block().transactions().get(l.index()),
        suite,
        l.blockHash(),
        l.block().header().number(),
        l.index());
  }

  private static Map<String, Object> receipt(Located l, GroupBackend g) {
    return Views.receipt(l.block(), l.blockHash(), l.index(), g.cryptoSuite());
  }
}
