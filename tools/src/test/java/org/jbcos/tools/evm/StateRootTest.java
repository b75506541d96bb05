package org.jbcos.tools.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.Address;
import org.jbcos.evm.Log;
import org.jbcos.evm.Word;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import org.junit.jupiter.api.Test;

/** Roots and logs hashes worked out by hand from GeneralStateTests fixtures. */
class StateRootTest {
  private static final BigInteger ONE_ETHER = new BigInteger("0de0b6b3a7640000", 16);

  @Test
  void postStateOfAdd11() {
    // stExample/add11: 0x095e... runs (add 1 1) into slot 0 for 41012 gas at price 1, value 100000
    InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
    state.putAccount(
        Address.fromHex("0x095e7baea6a6c7c4c2dfeb977efac326af552d87"),
        ONE_ETHER.add(BigInteger.valueOf(100_000)),
        0,
        Hex.decode("0x6001600101600055"),
        Map.of(Word.ZERO, Word.of(2)));
    state.putAccount(
        Address.fromHex(StateFixtures.SENDER),
        ONE_ETHER.subtract(BigInteger.valueOf(100_000 + 41_012)),
        1,
        new byte[0],
        Map.of());
    state.putAccount(
        Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"),
        BigInteger.valueOf(41_012),
        0,
        new byte[0],
        Map.of());

    assertThat(Hex.encodePrefixed(StateRoot.of(state.accounts())))
        .isEqualTo("0x17454a767e5f04461256f3812ffca930443c04a47d05ce3f38940c4a14b8c479");
  }

  @Test
  void nonceIsEncodedAsAnUnsigned64BitValue() {
    InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
    Address a = Address.ofLong(7);
    state.putAccount(a, BigInteger.ZERO, -1L, new byte[0], Map.of());

    byte[] rlp = StateRoot.encode(state.accounts().get(a));

    assertThat(Hex.encode(rlp)).startsWith("f8" + "4c" + "88ffffffffffffffff" + "80");
  }

  @Test
  void noAccountsIsTheEmptyTrie() {
    assertThat(StateRoot.of(Map.of())).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
  }

  @Test
  void zeroSlotsAreNotInTheStorageTrie() {
    assertThat(StateRoot.storageRoot(Map.of(Word.ONE, Word.ZERO)))
        .isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
    assertThat(StateRoot.storageRoot(Map.of(Word.ONE, Word.ONE, Word.of(2), Word.ZERO)))
        .isEqualTo(StateRoot.storageRoot(Map.of(Word.ONE, Word.ONE)));
  }

  @Test
  void noLogs() {
    assertThat(Hex.encodePrefixed(LogsHash.EMPTY)).isEqualTo(StateFixtures.EMPTY_LOGS);
  }

  @Test
  void oneLogWithOneZeroTopicAndNoData() {
    // stLogTests/log1_emptyMem: LOG1 of empty memory with topic 0 from 0x0f57...
    Log log =
        new Log(
            Address.fromHex("0x0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6"),
            List.of(Word.ZERO),
            new byte[0]);

    assertThat(Hex.encodePrefixed(LogsHash.of(List.of(log))))
        .isEqualTo("0x7a0b07b554f8629b2183374bf734bfd10f641d640654b6f8e5cc088467f90b3d");
  }
}
