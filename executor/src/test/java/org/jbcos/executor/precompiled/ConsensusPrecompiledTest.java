package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 0x1003 reached by transactions: membership rows with enable_num, and the 2.x refusals. */
class ConsensusPrecompiledTest {
  private static final String ADD_SEALER = "addSealer(string) returns (int256)";
  private static final String ADD_OBSERVER = "addObserver(string) returns (int256)";
  private static final String REMOVE = "remove(string) returns (int256)";

  private static String node(List<Entry> rows, String nodeId) {
    return rows.stream()
        .filter(e -> e.getOrEmpty("node_id").equals(nodeId))
        .map(e -> e.getOrEmpty("type") + "@" + e.getOrEmpty("enable_num"))
        .findFirst()
        .orElse("free");
  }

  private static TransactionReceipt send(SystemContractChain chain, String signature, String id) {
    return chain
        .block(PrecompiledAddresses.CONSENSUS, chain.function(signature).encodeCall(id))
        .get(0);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void addsObserversAndSealersAndRemovesThem(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    String other = chain.suite.generateKeyPair().publicKeyHex();

    TransactionReceipt observer = send(chain, ADD_OBSERVER, other.toUpperCase());
    assertThat(observer.status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(SystemContractChain.code(observer)).isEqualTo(1);
    assertThat(node(chain.rows(SystemTables.CONSENSUS, "node"), other)).isEqualTo("observer@2");

    assertThat(SystemContractChain.code(send(chain, ADD_SEALER, other))).isEqualTo(1);
    assertThat(node(chain.rows(SystemTables.CONSENSUS, "node"), other)).isEqualTo("sealer@3");
    assertThat(chain.rows(SystemTables.CONSENSUS, "node")).hasSize(2);

    // two sealers now: the genesis one may step down to observer
    assertThat(SystemContractChain.code(send(chain, ADD_OBSERVER, chain.sealer))).isEqualTo(1);
    assertThat(node(chain.rows(SystemTables.CONSENSUS, "node"), chain.sealer))
        .isEqualTo("observer@4");

    assertThat(SystemContractChain.code(send(chain, REMOVE, chain.sealer))).isEqualTo(1);
    assertThat(node(chain.rows(SystemTables.CONSENSUS, "node"), chain.sealer)).isEqualTo("free");
    // removing a node that is not a member removes nothing
    assertThat(SystemContractChain.code(send(chain, REMOVE, chain.sealer))).isZero();
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void refusesToRemoveOrDemoteTheLastSealer(boolean sm) {
    SystemContractChain chain = new SystemContractChain(sm);
    List<Entry> before = chain.rows(SystemTables.CONSENSUS, "node");

    assertThat(SystemContractChain.code(send(chain, REMOVE, chain.sealer)))
        .isEqualTo(ReturnCodes.LAST_SEALER);
    assertThat(SystemContractChain.code(send(chain, ADD_OBSERVER, chain.sealer)))
        .isEqualTo(ReturnCodes.LAST_SEALER);
    assertThat(chain.rows(SystemTables.CONSENSUS, "node")).isEqualTo(before);
  }

  @Test
  void aSealerAddedInTheSameBlockDoesNotCountYet() {
    SystemContractChain chain = new SystemContractChain(false);
    String other = chain.suite.generateKeyPair().publicKeyHex();
    List<TransactionReceipt> r =
        chain.block(
            PrecompiledAddresses.CONSENSUS,
            chain.function(ADD_SEALER).encodeCall(other),
            chain.function(REMOVE).encodeCall(chain.sealer));
    assertThat(SystemContractChain.code(r.get(0))).isEqualTo(1);
    assertThat(SystemContractChain.code(r.get(1))).isEqualTo(ReturnCodes.LAST_SEALER);
  }

  @Test
  void refusesNodeIdsThatAreNot128Hex() {
    SystemContractChain chain = new SystemContractChain(false);
    List<Entry> before = chain.rows(SystemTables.CONSENSUS, "node");
    for (String bad : List.of("", "abc", "g".repeat(128), "0".repeat(127), "0".repeat(130))) {
      for (String f : List.of(ADD_SEALER, ADD_OBSERVER, REMOVE)) {
        TransactionReceipt r = send(chain, f, bad);
        assertThat(r.status()).isEqualTo(ReceiptStatus.NONE.code());
        assertThat(SystemContractChain.code(r)).isEqualTo(ReturnCodes.INVALID_NODE_ID);
      }
    }
    assertThat(chain.rows(SystemTables.CONSENSUS, "node")).isEqualTo(before);
  }

  @Test
  void undecodableArgumentsFailThePrecompileAndWriteNothing() {
    SystemContractChain chain = new SystemContractChain(false);
    List<Entry> before = chain.rows(SystemTables.CONSENSUS, "node");
    byte[] selectorOnly = chain.function(ADD_OBSERVER).selector();
    TransactionReceipt r = chain.block(PrecompiledAddresses.CONSENSUS, selectorOnly).get(0);
    assertThat(r.status()).isEqualTo(ReceiptStatus.PRECOMPILED_ERROR.code());
    assertThat(chain.rows(SystemTables.CONSENSUS, "node")).isEqualTo(before);
  }

  @Test
  void selectorsAreThoseOfTheChainsHash() {
    AbiFunction[] ecdsa = functions(false);
    AbiFunction[] sm = functions(true);
    assertThat(Hex.encode(ecdsa[0].selector())).isEqualTo("89152d1f");
    assertThat(Hex.encode(ecdsa[1].selector())).isEqualTo("2800efc0");
    assertThat(Hex.encode(ecdsa[2].selector())).isEqualTo("80599e4b");
    assertThat(Hex.encode(sm[0].selector())).isEqualTo("df434acc");
    assertThat(Hex.encode(sm[1].selector())).isEqualTo("25e85d16");
    assertThat(Hex.encode(sm[2].selector())).isEqualTo("86b733f9");
  }

  private static AbiFunction[] functions(boolean sm) {
    return new ConsensusPrecompiled(
            org.jbcos.crypto.CryptoSuite.of(sm).hashFunction(), GasMetrics.STANDARD)
        .functions().stream().map(SystemFunction::abi).toArray(AbiFunction[]::new);
  }
}
