package org.jbcos.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.Signature;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Test;

class TxPoolTest {
  private final CryptoSuite suite = CryptoSuite.ecdsa();
  private final KeyPair key = suite.generateKeyPair();
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final FakeChain chain = new FakeChain();

  static final class FakeChain implements ChainView {
    long head = 10;
    final Map<Long, List<BigInteger>> nonces = new HashMap<>();

    @Override
    public long blockNumber() {
      return head;
    }

    @Override
    public List<BigInteger> nonces(long number) {
      return nonces.getOrDefault(number, List.of());
    }
  }

  private TxPool pool(TxPoolConfig config) {
    return new TxPool(config, suite, chain, now::get);
  }

  private TxPool pool() {
    return pool(TxPoolConfig.defaults(1));
  }

  private Transaction tx(long nonce, long blockLimit) {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce))
        .blockLimit(blockLimit)
        .to(new byte[20])
        .data(new byte[] {1, 2, 3})
        .sign(suite, key);
  }

  @Test
  void admitsAValidTransactionAndRecoversItsSender() {
    TxPool pool = pool();
    Admission a = pool.submit(tx(1, 500));
    assertThat(a.status()).isEqualTo(ReceiptStatus.NONE);
    assertThat(a.sender()).contains(suite.address(key.publicKey()));
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void refusesDuplicatesAndCommittedTransactions() {
    TxPool pool = pool();
    Transaction t = tx(1, 500);
    pool.submit(t);
    assertThat(pool.submit(t).status()).isEqualTo(ReceiptStatus.ALREADY_KNOWN);
    chain.head = 11;
    chain.nonces.put(11L, List.of(t.nonce()));
    pool.onBlockCommitted(block(11, List.of(t)));
    assertThat(pool.size()).isZero();
    assertThat(pool.submit(t).status()).isEqualTo(ReceiptStatus.ALREADY_IN_CHAIN);
  }

  @Test
  void refusesANonceUsedInTheLast1000Blocks() {
    chain.nonces.put(5L, List.of(BigInteger.valueOf(77)));
    assertThat(pool().submit(tx(77, 500)).status()).isEqualTo(ReceiptStatus.NONCE_CHECK_FAIL);
    // once the block leaves the window the nonce is free again
    chain.head = 1006;
    assertThat(pool().submit(tx(77, 1500)).status()).isEqualTo(ReceiptStatus.NONE);
  }

  @Test
  void refusesANonceAlreadyPending() {
    TxPool pool = pool();
    pool.submit(tx(9, 500));
    assertThat(pool.submit(tx(9, 501)).status()).isEqualTo(ReceiptStatus.NONCE_CHECK_FAIL);
  }

  @Test
  void blockLimitMustBeInTheWindow() {
    TxPool pool = pool();
    assertThat(pool.submit(tx(1, 10)).status()).isEqualTo(ReceiptStatus.BLOCK_LIMIT_CHECK_FAIL);
    assertThat(pool.submit(tx(2, 1011)).status()).isEqualTo(ReceiptStatus.BLOCK_LIMIT_CHECK_FAIL);
    assertThat(pool.submit(tx(3, 11)).status()).isEqualTo(ReceiptStatus.NONE);
    assertThat(pool.submit(tx(4, 1010)).status()).isEqualTo(ReceiptStatus.NONE);
  }

  @Test
  void refusesABadSignatureAsMalformed() {
    Transaction good = tx(1, 500);
    Signature s = good.signature();
    byte[] r = s.r().clone();
    r[31] ^= 1;
    Transaction forged =
        Transaction.builder()
            .nonce(good.nonce())
            .blockLimit(500)
            .to(new byte[20])
            .data(new byte[] {1, 2, 3})
            .withSignature(Signature.ecdsa(r, s.s(), s.v()));
    Admission a = pool().submit(forged);
    // a tampered r recovers another key or none: either way it is not this sender's tx
    assertThat(
            a.status() == ReceiptStatus.MALFORMED_TX
                || !java.util.Arrays.equals(
                    a.sender().orElseThrow(), suite.address(key.publicKey())))
        .isTrue();
  }

  @Test
  void chainAndGroupMustMatch() {
    TxPool pool = pool();
    Transaction otherChain =
        Transaction.builder()
            .nonce(BigInteger.ONE)
            .blockLimit(500)
            .chainId(BigInteger.TWO)
            .sign(suite, key);
    Transaction otherGroup =
        Transaction.builder()
            .nonce(BigInteger.TWO)
            .blockLimit(500)
            .groupId(BigInteger.TEN)
            .sign(suite, key);
    assertThat(pool.submit(otherChain).status()).isEqualTo(ReceiptStatus.INVALID_CHAIN_ID);
    assertThat(pool.submit(otherGroup).status()).isEqualTo(ReceiptStatus.INVALID_GROUP_ID);
    assertThat(pool.size()).isZero();
  }

  @Test
  void limitsCountAndMemory() {
    TxPool small = pool(new TxPoolConfig(2, 1 << 20, 600_000, BigInteger.ONE, BigInteger.ONE));
    small.submit(tx(1, 500));
    small.submit(tx(2, 500));
    assertThat(small.submit(tx(3, 500)).status()).isEqualTo(ReceiptStatus.TX_POOL_IS_FULL);
    TxPool tiny = pool(new TxPoolConfig(100, 200, 600_000, BigInteger.ONE, BigInteger.ONE));
    assertThat(tiny.submit(tx(1, 500)).status()).isEqualTo(ReceiptStatus.NONE);
    assertThat(tiny.submit(tx(2, 500)).status()).isEqualTo(ReceiptStatus.OVER_GROUP_MEMORY_LIMIT);
  }

  @Test
  void takesInArrivalOrderAndDropsExpiredLimits() {
    TxPool pool = pool();
    List<Transaction> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Transaction t = tx(100 + i, i == 2 ? 12 : 500);
      sent.add(t);
      pool.submit(t);
    }
    chain.head = 12; // the third transaction's blockLimit has now passed
    List<String> dropped = new ArrayList<>();
    pool.setDropListener((hash, reason) -> dropped.add(reason.message()));
    List<Transaction> taken = pool.take(10);
    assertThat(dropped).containsExactly("BlockLimitCheckFail");
    assertThat(taken).containsExactly(sent.get(0), sent.get(1), sent.get(3), sent.get(4));
    assertThat(pool.take(2)).containsExactly(sent.get(0), sent.get(1));
    assertThat(pool.size()).isEqualTo(4);
  }

  @Test
  void expiresOldTransactions() {
    TxPool pool = pool();
    pool.submit(tx(1, 500));
    now.addAndGet(300_000);
    pool.submit(tx(2, 500));
    now.addAndGet(400_000);
    List<ReceiptStatus> dropped = new ArrayList<>();
    pool.setDropListener((hash, reason) -> dropped.add(reason));
    assertThat(pool.expire()).isEqualTo(1);
    assertThat(dropped).containsExactly(ReceiptStatus.TRANSACTION_REFUSED);
    assertThat(pool.size()).isEqualTo(1);
    // the expired transaction's nonce is free again
    assertThat(pool.submit(tx(1, 500)).status()).isEqualTo(ReceiptStatus.NONE);
  }

  @Test
  void aNonceOfTheNewestBlockIsRefusedByAPoolJustStarted() {
    chain.head = 11;
    chain.nonces.put(11L, List.of(BigInteger.valueOf(5)));
    assertThat(pool().submit(tx(5, 500)).status()).isEqualTo(ReceiptStatus.NONCE_CHECK_FAIL);
  }

  @Test
  void aNonceOfTheNewestBlockNotYetReportedIsCaughtWhenTheBlockIsReported() {
    TxPool pool = pool();
    pool.submit(tx(1, 500));
    // block 11 is in the ledger (head) but onBlockCommitted has not run yet: admission does not
    // read it back, so a transaction reusing its nonce gets in for now...
    Transaction committed = tx(5, 500);
    chain.head = 11;
    chain.nonces.put(11L, List.of(BigInteger.valueOf(5)));
    Transaction replay = tx(5, 600);
    assertThat(pool.submit(replay).status()).isEqualTo(ReceiptStatus.NONE);
    // ...and never reaches a block once the block is reported
    pool.onBlockCommitted(block(11, List.of(committed)));
    assertThat(pool.take(10)).extracting(Transaction::nonce).containsExactly(BigInteger.ONE);
    assertThat(pool.submit(tx(5, 700)).status()).isEqualTo(ReceiptStatus.NONCE_CHECK_FAIL);
  }

  @Test
  void aDecodedCopyOfAPooledTransactionIsSwappedForThePooledOne() {
    TxPool pool = pool();
    Transaction pooled = tx(1, 500);
    pool.submit(pooled);
    Transaction copy = Transaction.decode(pooled.encode(), suite);
    Transaction stranger = Transaction.decode(tx(2, 500).encode(), suite);

    List<Transaction> out = pool.preferPooled(block(11, List.of(copy, stranger))).transactions();

    assertThat(out.get(0)).isSameAs(pooled);
    assertThat(out.get(1)).isSameAs(stranger);
    pool.onBlockCommitted(block(11, List.of(pooled)));
    assertThat(pool.preferPooled(block(12, List.of(copy))).transactions().get(0)).isSameAs(copy);
  }

  private static Block block(long number, List<Transaction> txs) {
    BlockHeader h =
        new BlockHeader(
            new byte[32],
            new byte[32],
            new byte[32],
            new byte[32],
            new byte[32],
            LogBloom.empty(),
            number,
            BigInteger.ZERO,
            BigInteger.ZERO,
            0,
            List.of(),
            BigInteger.ZERO,
            List.of());
    return new Block(h, txs, List.of(), List.of());
  }
}
