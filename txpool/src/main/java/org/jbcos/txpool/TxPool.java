package org.jbcos.txpool;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.ProtocolException;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;

/**
 * A group's pending transactions, admitted with the 2.x rules in their order (node-design.md §3.1):
 * memory, count, duplicates, chain nonces of the last 1000 blocks, blockLimit window, signature,
 * pool nonces, chain id, group id. Pending transactions leave in arrival order. Thread-safe.
 */
public final class TxPool {
  /** Committed hashes remembered to answer AlreadyInChain. */
  private static final int DROPPED_MEMORY = 200_000;

  private final TxPoolConfig config;
  private final CryptoSuite suite;
  private final ChainView chain;
  private final LongSupplier clock;
  private final LinkedHashMap<ByteBuffer, Pending> pending = new LinkedHashMap<>();
  private final Set<BigInteger> pendingNonces = new HashSet<>();
  private final LinkedHashSet<ByteBuffer> dropped = new LinkedHashSet<>();
  private final Map<BigInteger, Long> chainNonces = new HashMap<>();
  private final Map<Long, List<BigInteger>> noncesByBlock = new HashMap<>();
  private long noncesLoadedUpTo = Long.MIN_VALUE;
  private long memoryUsed;
  private volatile DropListener dropListener = (hash, status) -> {};

  /** Told about admitted transactions that leave the pool without being sealed. */
  @FunctionalInterface
  public interface DropListener {
    void dropped(byte[] txHash, ReceiptStatus reason);
  }

  public void setDropListener(DropListener listener) {
    this.dropListener = listener;
  }

  private record Pending(Transaction tx, byte[] hash, byte[] sender, int size, long arrival) {}

  public TxPool(TxPoolConfig config, CryptoSuite suite, ChainView chain, LongSupplier clockMillis) {
    this.config = config;
    this.suite = suite;
    this.chain = chain;
    this.clock = clockMillis;
  }

  public synchronized int size() {
    return pending.size();
  }

  /** Admits or refuses {@code tx}; a refusal leaves the pool unchanged. */
  public Admission submit(Transaction tx) {
    // the signature check is the expensive part: do it outside the pool's lock (the transaction
    // caches the result, or the failure is met again below)
    try {
      tx.sender(suite);
    } catch (ProtocolException badSignature) {
      // refused below, in admission order
    }
    return admit(tx);
  }

  private synchronized Admission admit(Transaction tx) {
    int size = tx.encode().length;
    byte[] hash = tx.hash(suite);
    ByteBuffer key = ByteBuffer.wrap(hash);
    if (memoryUsed + size > config.memoryLimitBytes()) {
      return refuse(ReceiptStatus.OVER_GROUP_MEMORY_LIMIT, hash);
    }
    if (pending.size() >= config.limit()) {
      return refuse(ReceiptStatus.TX_POOL_IS_FULL, hash);
    }
    if (pending.containsKey(key)) {
      return refuse(ReceiptStatus.ALREADY_KNOWN, hash);
    }
    if (dropped.contains(key)) {
      return refuse(ReceiptStatus.ALREADY_IN_CHAIN, hash);
    }
    long head = chain.blockNumber();
    // once running, not the newest block: it is (nearly always) committed but not yet reported to
    // onBlockCommitted, which takes its nonces from the block at hand; reading it back from the
    // ledger here decoded every block once more. A transaction admitted meanwhile with one of its
    // nonces is dropped by onBlockCommitted (same hash) or by take (same nonce). The first
    // admission after a start reads everything: nothing will report the blocks already there.
    refreshChainNonces(head, noncesLoadedUpTo == Long.MIN_VALUE ? head : head - 1);
    if (chainNonces.containsKey(tx.nonce())) {
      return refuse(ReceiptStatus.NONCE_CHECK_FAIL, hash);
    }
    if (!blockLimitValid(tx, head)) {
      return refuse(ReceiptStatus.BLOCK_LIMIT_CHECK_FAIL, hash);
    }
    byte[] sender;
    try {
      sender = tx.sender(suite);
    } catch (ProtocolException badSignature) {
      return refuse(ReceiptStatus.MALFORMED_TX, hash);
    }
    if (pendingNonces.contains(tx.nonce())) {
      return refuse(ReceiptStatus.NONCE_CHECK_FAIL, hash);
    }
    if (!tx.chainId().equals(config.chainId())) {
      return refuse(ReceiptStatus.INVALID_CHAIN_ID, hash);
    }
    if (!tx.groupId().equals(config.groupId())) {
      return refuse(ReceiptStatus.INVALID_GROUP_ID, hash);
    }
    pending.put(key, new Pending(tx, hash, sender, size, clock.getAsLong()));
    pendingNonces.add(tx.nonce());
    memoryUsed += size;
    return new Admission(ReceiptStatus.NONE, hash, Optional.of(sender));
  }

  private static Admission refuse(ReceiptStatus status, byte[] hash) {
    return new Admission(status, hash, Optional.empty());
  }

  private static boolean blockLimitValid(Transaction tx, long head) {
    BigInteger limit = tx.blockLimit();
    return limit.compareTo(BigInteger.valueOf(head)) > 0
        && limit.compareTo(BigInteger.valueOf(head + TxPoolConfig.BLOCK_LIMIT_WINDOW)) <= 0;
  }

  /** Keeps the nonce cache at the blocks [head-1000, head]. */
  private void refreshChainNonces(long head) {
    refreshChainNonces(head, head);
  }

  /** As above, reading blocks from the ledger only up to {@code loadUpTo}. */
  private void refreshChainNonces(long head, long loadUpTo) {
    long from = Math.max(0, head - TxPoolConfig.BLOCK_LIMIT_WINDOW);
    if (noncesLoadedUpTo == Long.MIN_VALUE) {
      noncesLoadedUpTo = from - 1;
    }
    for (long n = Math.max(from, noncesLoadedUpTo + 1); n <= loadUpTo; n++) {
      List<BigInteger> nonces = chain.nonces(n);
      noncesByBlock.put(n, nonces);
      for (BigInteger nonce : nonces) {
        chainNonces.put(nonce, n);
      }
    }
    noncesLoadedUpTo = Math.max(noncesLoadedUpTo, loadUpTo);
    noncesByBlock
        .keySet()
        .removeIf(
            n -> {
              if (n >= from) {
                return false;
              }
              for (BigInteger nonce : noncesByBlock.get(n)) {
                chainNonces.remove(nonce, n);
              }
              return true;
            });
  }

  /**
   * Up to {@code max} pending transactions for the next block, in arrival order; transactions whose
   * blockLimit has passed, or whose nonce reached the chain meanwhile, are dropped.
   */
  public synchronized List<Transaction> take(int max) {
    long head = chain.blockNumber();
    refreshChainNonces(head);
    List<Transaction> out = new ArrayList<>(Math.min(max, pending.size()));
    Iterator<Pending> it = pending.values().iterator();
    while (it.hasNext() && out.size() < max) {
      Pending p = it.next();
      if (!blockLimitValid(p.tx(), head) || chainNonces.containsKey(p.tx().nonce())) {
        it.remove();
        forget(p);
        dropListener.dropped(
            p.hash(),
            chainNonces.containsKey(p.tx().nonce())
                ? ReceiptStatus.NONCE_CHECK_FAIL
                : ReceiptStatus.BLOCK_LIMIT_CHECK_FAIL);
        continue;
      }
      out.add(p.tx());
    }
    return out;
  }

  /**
   * {@code block} with every transaction this pool holds replaced by the pooled instance, whose
   * sender is already recovered: a proposal decoded from the wire, or a block downloaded by sync,
   * then needs no second signature recovery for the transactions this node admitted. Same hash,
   * same signed bytes.
   */
  public Block preferPooled(Block block) {
    List<Transaction> txs = block.transactions();
    List<ByteBuffer> keys = new ArrayList<>(txs.size());
    for (Transaction tx : txs) {
      keys.add(ByteBuffer.wrap(tx.hash(suite)));
    }
    List<Transaction> out = new ArrayList<>(txs.size());
    synchronized (this) {
      for (int i = 0; i < txs.size(); i++) {
        Pending p = pending.get(keys.get(i));
        out.add(p == null ? txs.get(i) : p.tx());
      }
    }
    return new Block(block.header(), out, block.signatures(), block.receipts());
  }

  /** A snapshot of the pending transactions in arrival order; changes nothing. */
  public synchronized List<Transaction> pending() {
    List<Transaction> out = new ArrayList<>(pending.size());
    pending.values().forEach(p -> out.add(p.tx()));
    return out;
  }

  /** Removes the block's transactions from the pool and remembers them as committed. */
  public synchronized void onBlockCommitted(Block block) {
    long number = block.header().number();
    if (number == noncesLoadedUpTo + 1) {
      // the nonces are in the block at hand: no need to read it back from the ledger
      List<BigInteger> nonces = block.transactions().stream().map(Transaction::nonce).toList();
      noncesByBlock.put(number, nonces);
      for (BigInteger nonce : nonces) {
        chainNonces.put(nonce, number);
      }
      noncesLoadedUpTo = number;
    }
    for (Transaction tx : block.transactions()) {
      ByteBuffer key = ByteBuffer.wrap(tx.hash(suite));
      Pending p = pending.remove(key);
      if (p != null) {
        forget(p);
      }
      dropped.add(key);
      if (dropped.size() > DROPPED_MEMORY) {
        Iterator<ByteBuffer> oldest = dropped.iterator();
        oldest.next();
        oldest.remove();
      }
    }
    refreshChainNonces(chain.blockNumber());
  }

  /** Drops pending transactions older than the expiration time; returns how many. */
  public synchronized int expire() {
    long cutoff = clock.getAsLong() - config.expirationMillis();
    int removed = 0;
    Iterator<Pending> it = pending.values().iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      if (p.arrival() < cutoff) {
        it.remove();
        forget(p);
        // 2.x has no code for an expired transaction; the closest the SDK knows is a refusal
        dropListener.dropped(p.hash(), ReceiptStatus.TRANSACTION_REFUSED);
        removed++;
      }
    }
    return removed;
  }

  private void forget(Pending p) {
    pendingNonces.remove(p.tx().nonce());
    memoryUsed -= p.size();
  }
}
