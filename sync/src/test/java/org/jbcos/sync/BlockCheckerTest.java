package org.jbcos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.SealerSignature;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Test;

class BlockCheckerTest {
  private final FakeChain chain = new FakeChain(TestChains.HONEST, 5);
  private final BlockChecker checker = new BlockChecker(TestChains.SUITE);
  private final Block next = TestChains.HONEST.get(6);

  private static BlockHeader withSealers(BlockHeader h, List<byte[]> sealers, BigInteger sealer) {
    return new BlockHeader(
        h.parentHash(),
        h.stateRoot(),
        h.transactionsRoot(),
        h.receiptsRoot(),
        h.dbHash(),
        LogBloom.empty(),
        h.number(),
        h.gasLimit(),
        h.gasUsed(),
        h.timestamp(),
        h.extraData(),
        sealer,
        sealers);
  }

  @Test
  void acceptsTheSignedBlockAfterTheHead() {
    assertThat(checker.problem(next, chain)).isEmpty();
  }

  @Test
  void rejectsBlocksThatDoNotFollowTheHead() {
    assertThat(checker.problem(TestChains.HONEST.get(7), chain))
        .get()
        .asString()
        .contains("number");
    assertThat(checker.problem(TestChains.withWrongParents(TestChains.HONEST).get(6), chain))
        .get()
        .asString()
        .contains("parent");
  }

  @Test
  void rejectsAnotherSealerListOrSealerIndex() {
    List<byte[]> reversed = new ArrayList<>(next.header().sealerList());
    java.util.Collections.reverse(reversed);
    Block otherList = TestChains.signed(withSealers(next.header(), reversed, BigInteger.ONE), 4);
    assertThat(checker.problem(otherList, chain)).get().asString().contains("sealer list");
    Block badIndex =
        TestChains.signed(
            withSealers(next.header(), next.header().sealerList(), BigInteger.valueOf(4)), 4);
    assertThat(checker.problem(badIndex, chain)).get().asString().contains("sealer index");
  }

  @Test
  void needsAQuorumOfValidSignatures() {
    Block two = new Block(next.header(), List.of(), next.signatures().subList(0, 2), List.of());
    assertThat(checker.problem(two, chain)).get().asString().contains("quorum");
    List<SealerSignature> forged = new ArrayList<>(next.signatures().subList(0, 2));
    forged.add(new SealerSignature(BigInteger.TWO, next.signatures().get(0).signature()));
    Block withForged = new Block(next.header(), List.of(), forged, List.of());
    assertThat(checker.problem(withForged, chain)).get().asString().contains("quorum");
  }

  @Test
  void rejectsMoreTransactionsThanTheLimit() {
    Transaction tx =
        Transaction.builder()
            .blockLimit(10)
            .to(new byte[20])
            .sign(TestChains.SUITE, TestChains.SEALER_KEYS.get(0));
    Block full = new Block(next.header(), List.of(tx, tx), next.signatures(), List.of());
    chain.transactionCountLimit = 1;
    assertThat(checker.problem(full, chain)).get().asString().contains("limit");
    chain.transactionCountLimit = 2;
    assertThat(checker.problem(full, chain)).isEmpty();
  }
}
