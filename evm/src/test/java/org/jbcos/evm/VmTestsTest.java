package org.jbcos.evm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Ethereum VMTests (single frame, Homestead prices). Cases whose expectations record CALL or
 * CREATE side effects ("callcreates") are left to the GeneralStateTests, which execute them.
 */
class VmTestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** vmPerformance's loops (billions of gas) run only with -Djbcos.slowTests=true. */
  private static final boolean SLOW = Boolean.getBoolean("jbcos.slowTests");

  private static final Evm EVM =
      new Evm(new EvmConfig(GasSchedule.homestead(), Keccak256.INSTANCE, new PrecompileRegistry()));

  @TestFactory
  Stream<DynamicTest> vmTests() throws IOException {
    Path root = Fixtures.ethereumTests().map(p -> p.resolve("VMTests")).orElse(null);
    Assumptions.assumeTrue(root != null, "../shared/fixtures/ethereum-tests not found");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode doc = JSON.readTree(file.toFile());
        Iterator<Map.Entry<String, JsonNode>> it = doc.properties().iterator();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode c = e.getValue();
          if (c.path("callcreates").size() > 0) {
            continue;
          }
          if (file.toString().contains("vmPerformance") && !SLOW) {
            continue;
          }
          tests.add(
              DynamicTest.dynamicTest(root.relativize(file) + " " + e.getKey(), () -> runCase(c)));
        }
      }
    }
    return tests.stream();
  }

  static BigInteger big(JsonNode n) {
    return big(n.asText());
  }

  static BigInteger big(String text) {
    String s = Hex.strip0x(text);
    return s.isEmpty() ? BigInteger.ZERO : new BigInteger(s, 16);
  }

  static Address addr(JsonNode n) {
    return Address.wrap(Hex.decode(n.asText()));
  }

  static InMemoryWorldState load(JsonNode accounts) {
    InMemoryWorldState state = new InMemoryWorldState(Keccak256.INSTANCE);
    accounts
        .properties()
        .forEach(
            a -> {
              Map<Word, Word> storage = new HashMap<>();
              a.getValue()
                  .path("storage")
                  .properties()
                  .forEach(
                      kv -> storage.put(Word.of(big(kv.getKey())), Word.of(big(kv.getValue()))));
              state.putAccount(
                  Address.fromHex(a.getKey()),
                  big(a.getValue().get("balance")),
                  big(a.getValue().get("nonce")).longValueExact(),
                  Hex.decode(a.getValue().get("code").asText()),
                  storage);
            });
    return state;
  }

  static String logsHash(List<Log> logs) {
    List<byte[]> items = new ArrayList<>();
    for (Log l : logs) {
      List<byte[]> topics = new ArrayList<>();
      for (Word t : l.topics()) {
        topics.add(Rlp.encodeBytes(t.toBytes()));
      }
      items.add(
          Rlp.encodeList(
              Rlp.encodeBytes(l.address().toBytes()),
              Rlp.encodeList(topics),
              Rlp.encodeBytes(l.data())));
    }
    return Hex.encodePrefixed(Keccak256.INSTANCE.hash(Rlp.encodeList(items)));
  }

  private static void runCase(JsonNode c) {
    InMemoryWorldState state = load(c.get("pre"));
    JsonNode env = c.get("env");
    JsonNode exec = c.get("exec");
    BlockContext block =
        new BlockContext(
            addr(env.get("currentCoinbase")),
            big(env.get("currentNumber")).longValueExact(),
            big(env.get("currentTimestamp")).longValueExact(),
            big(env.get("currentGasLimit")).longValueExact(),
            big(env.get("currentDifficulty")),
            n ->
                Word.fromBytes(
                    Keccak256.INSTANCE.hash(Long.toString(n).getBytes(StandardCharsets.US_ASCII))));
    Address address = addr(exec.get("address"));
    // CALLCODE runs the code at the address without moving value, as the VMTests expect
    Message m =
        new Message(
            Message.Kind.CALLCODE,
            addr(exec.get("caller")),
            address,
            address,
            big(exec.get("value")),
            Hex.decode(exec.get("data").asText()),
            big(exec.get("gas")).longValueExact(),
            0,
            false);
    MessageResult r =
        EVM.execute(
            state, block, new TxContext(addr(exec.get("origin")), big(exec.get("gasPrice"))), m);
    if (!c.has("post")) {
      assertThat(r.halt().isSuccess())
          .as("expected an exceptional halt, got " + r.halt())
          .isFalse();
      return;
    }
    assertThat(r.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(Hex.encodePrefixed(r.output())).isEqualTo(c.get("out").asText());
    assertThat(r.gasLeft()).as("gas left").isEqualTo(big(c.get("gas")).longValueExact());
    assertThat(logsHash(r.logs())).as("logs").isEqualTo(c.get("logs").asText());
    for (Address destroyed : r.selfDestructs()) {
      state.deleteAccount(destroyed);
    }
    InMemoryWorldState expected = load(c.get("post"));
    expected
        .accounts()
        .forEach(
            (a, acc) -> {
              assertThat(state.accounts()).as("account " + a).containsKey(a);
              InMemoryWorldState.Account actual = state.accounts().get(a);
              assertThat(actual.storage()).as("storage of " + a).isEqualTo(acc.storage());
              assertThat(actual.balance()).as("balance of " + a).isEqualTo(acc.balance());
            });
  }
}
